using Portal.Vendors;

namespace Portal.Features.Customers.Linking;

/// <summary>
/// The blocking keys of a record. Two records are compared only when they share a key, so each key must be shared
/// by the same person's records and by few others: an email; a phone with the surname (the sandbox's phone space is
/// small and every phone is shared at a million records, the surname keeps those blocks small); the licence and
/// birth-date hashes; postal code with street; every id the record has or names, and the Cova record it was merged into.
/// </summary>
public static class MatchKeys
{
    /// <summary>Bare ids shorter than this (record numbers) are too likely to collide to match without a vendor prefix.</summary>
    private const int MinBareIdLength = 8;

    public static IEnumerable<string> For(LinkRecord r)
    {
        foreach (var email in r.EmailList)
        {
            yield return "e:" + email;
        }
        foreach (var phone in r.PhoneList)
        {
            yield return $"p:{phone}|{r.Last}";
        }
        if (r.LicenceHash is { } licence)
        {
            yield return "l:" + licence;
        }
        if (r.DateOfBirthHash is { } dob)
        {
            yield return "d:" + dob;
        }
        if (r.Postal5.Length > 0 && r.Street.Length > 0)
        {
            yield return $"a:{r.Postal5}|{r.Street}";
        }
        foreach (var id in IdKeys(r))
        {
            yield return id;
        }
        if (r.MergedIntoExternalId is { } survivor)
        {
            yield return $"i:{r.Vendor.Slug()}:{survivor.Trim().ToLowerInvariant()}"; // meets the survivor's own id key
        }
    }

    /// <summary>The record's own ids and the ids it names in other systems, in one key space.</summary>
    public static IEnumerable<string> IdKeys(LinkRecord r)
    {
        var own = r.ExternalId.Trim().ToLowerInvariant();
        yield return $"i:{r.Vendor.Slug()}:{own}";
        if (own.Length >= MinBareIdLength)
        {
            yield return "i:*:" + own;
        }
        foreach (var foreign in r.ForeignIdList)
        {
            if (ForeignKey(foreign) is { } key)
            {
                yield return key;
            }
        }
    }

    /// <summary>"guardant:123" names Guardant record 123; a long bare id (a Walcu ObjectId, a Cova Guid) names any vendor's.</summary>
    private static string? ForeignKey(string foreign)
    {
        var id = foreign.Trim().ToLowerInvariant();
        var colon = id.IndexOf(':');
        if (colon > 0 && VendorKinds.TryParseSlug(id[..colon], out var vendor) && colon < id.Length - 1)
        {
            return $"i:{vendor.Slug()}:{id[(colon + 1)..]}";
        }
        return id.Length >= MinBareIdLength ? "i:*:" + id : null;
    }
}
