using System.Globalization;
using Portal.Sandbox.People;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Sync;

/// <summary>Which sandbox person a vendor record is, decoded from its id (the generator's ids carry the person index).</summary>
public static class SandboxTruth
{
    public static int? PersonIndex(SandboxPopulation population, VendorKind vendor, string externalId)
    {
        var seed = population.Seed;
        int index;
        var found = vendor switch
        {
            VendorKind.Walcu => SandboxIds.TryParseObjectId(seed, SandboxVendor.Walcu, externalId, out index, out _),
            VendorKind.Cova => Guid.TryParse(externalId, out var cova) & SandboxIds.TryParseGuid(seed, SandboxVendor.Cova, cova, out index, out _),
            VendorKind.MyKaarma => Guid.TryParse(externalId, out var mk) & SandboxIds.TryParseGuid(seed, SandboxVendor.MyKaarma, mk, out index, out _),
            _ => SandboxIds.TryParseNumber(long.TryParse(externalId, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0, out index),
        };
        return found ? index : null;
    }

    /// <summary>Every person the vendor holds.</summary>
    public static HashSet<int> Held(SandboxPopulation population, VendorKind vendor) =>
        Enumerable.Range(0, population.Size).Where(i => population.Holds(i, Of(vendor))).ToHashSet();

    public static SandboxVendor Of(VendorKind vendor) => vendor switch
    {
        VendorKind.Drivly => SandboxVendor.Drivly,
        VendorKind.MyKaarma => SandboxVendor.MyKaarma,
        VendorKind.Cova => SandboxVendor.Cova,
        VendorKind.Walcu => SandboxVendor.Walcu,
        _ => SandboxVendor.Guardant,
    };
}
