using Portal.Features.Customers.Linking;
using Portal.Vendors;

namespace Portal.Tests.Features.Customers.Linking;

/// <summary>Builds <see cref="LinkRecord"/>s for the pure linking tests.</summary>
internal static class LinkRecords
{
    private static long _nextId;

    public static LinkRecord Make(
        string first, string last, string emails = "", string phones = "", VendorKind vendor = VendorKind.Walcu, string? id = null,
        string? street = null, string? postal = null, string? dob = null, string? licence = null, string foreignIds = "",
        string? mergedInto = null, long? personId = null, int dealershipId = 1, long? recordId = null)
    {
        var newId = recordId ?? Interlocked.Increment(ref _nextId);
        var externalId = id ?? "ext" + newId;
        return new LinkRecord(newId, personId ?? newId, dealershipId, vendor, (int)vendor + 1, externalId,
            $"{vendor.Slug()}:{(int)vendor + 1}:{externalId}", first, last, null, emails, phones, street, postal, dob, licence,
            foreignIds, mergedInto, false, $"{first} {last}", null);
    }
}
