using System.Collections.ObjectModel;

namespace Portal.Sandbox.People;

/// <summary>Which vendors hold a person: each independently at its own rate (Walcu, the CRM, most often), then
/// nudged into one to four vendors. Lists are shared per combination, so asking allocates nothing.</summary>
internal static class VendorMix
{
    public const int VendorCount = 5;
    private const int AllVendors = (1 << VendorCount) - 1;

    // Indexed by SandboxVendor: Drivly, MyKaarma, Cova, Walcu, Guardant.
    private static readonly double[] Rates = [0.30, 0.42, 0.26, 0.70, 0.22];
    private static readonly SandboxVendor[] NotWalcu =
        [SandboxVendor.Drivly, SandboxVendor.MyKaarma, SandboxVendor.Cova, SandboxVendor.Guardant];
    private static readonly ReadOnlyCollection<SandboxVendor>[] Lists = SubsetLists.Build(VendorCount, bit => (SandboxVendor)bit);

    public static int Mask(int seed, int index)
    {
        var rng = new SandboxRandom(seed, index, Salts.Vendors);
        var mask = 0;
        for (var v = 0; v < VendorCount; v++)
        {
            if (rng.Chance(Rates[v]))
            {
                mask |= 1 << v;
            }
        }
        if (mask == 0)
        {
            // Everyone is someone's customer: the CRM half the time, otherwise any one vendor.
            mask = 1 << (int)(rng.Chance(0.5) ? SandboxVendor.Walcu : (SandboxVendor)rng.Next(VendorCount));
        }
        else if (mask == AllVendors)
        {
            mask &= ~(1 << (int)rng.Pick(NotWalcu));
        }
        return mask;
    }

    public static bool Holds(int mask, SandboxVendor vendor) => (mask & (1 << (int)vendor)) != 0;

    public static IReadOnlyList<SandboxVendor> List(int mask) => Lists[mask];
}
