namespace Portal.Features.Customers.Linking;

/// <summary>Scores two records of one dealership against <see cref="LinkRules"/>. Pure: no database, no state.</summary>
public static class PairScorer
{
    public static LinkEvidence Score(LinkRecord a, LinkRecord b)
    {
        var rules = new List<string>(6);
        var first = NameMatch.First(a.First, b.First);
        var last = NameMatch.Last(a.Last, b.Last);
        // The same first name at the same address: a changed surname (maiden name) still counts, while a household
        // member (another first name) does not; a Jr./Sr. sharing both is told apart by different contacts below.
        var firstAgrees = first is NameAgreement.Same or NameAgreement.Compatible;
        if (IsMerge(a, b) || IsMerge(b, a))
        {
            rules.Add(LinkRules.Merge);
        }
        else if (a.IdKeys.Overlaps(b.IdKeys))
        {
            rules.Add(LinkRules.ForeignId);
        }
        Compare(rules, a.LicenceHash, b.LicenceHash, LinkRules.Licence, "licence");
        Compare(rules, a.DateOfBirthHash, b.DateOfBirthHash, first == NameAgreement.Conflict ? null : LinkRules.NameDob, "dob");
        Contacts(rules, a.EmailList, b.EmailList, LinkRules.Email);
        if (firstAgrees && last != NameAgreement.Unknown && a.Postal5.Length > 0 && a.Postal5 == b.Postal5 && a.Street.Length > 0 && a.Street == b.Street)
        {
            rules.Add(LinkRules.NameAddress);
        }
        Contacts(rules, a.PhoneList, b.PhoneList, LinkRules.Phone);
        AddName(rules, first, LinkRules.FirstName);
        AddName(rules, last, LinkRules.LastName);
        return new LinkEvidence(rules.Sum(r => LinkRules.Points[r]), rules);
    }

    private static bool IsMerge(LinkRecord duplicate, LinkRecord survivor) =>
        duplicate.MergedIntoExternalId is { } into && duplicate.Vendor == survivor.Vendor
        && duplicate.ConnectionId == survivor.ConnectionId && string.Equals(into, survivor.ExternalId, StringComparison.OrdinalIgnoreCase);

    /// <summary>Equal hashes add <paramref name="agree"/> (when given); different ones contradict.</summary>
    private static void Compare(List<string> rules, string? a, string? b, string? agree, string name)
    {
        if (a is null || b is null)
        {
            return;
        }
        if (a != b)
        {
            rules.Add(LinkRules.Against + name);
        }
        else if (agree is not null)
        {
            rules.Add(agree);
        }
    }

    /// <summary>A shared value matches; two non-empty lists with nothing in common contradict a little.</summary>
    private static void Contacts(List<string> rules, string[] a, string[] b, string rule)
    {
        if (a.Intersect(b, StringComparer.Ordinal).Any())
        {
            rules.Add(rule);
        }
        else if (a.Length > 0 && b.Length > 0)
        {
            rules.Add(LinkRules.Against + rule);
        }
    }

    private static void AddName(List<string> rules, NameAgreement agreement, string rule)
    {
        if (agreement is NameAgreement.Same or NameAgreement.Compatible)
        {
            rules.Add(rule);
        }
        else if (agreement == NameAgreement.Conflict)
        {
            rules.Add(LinkRules.Against + rule);
        }
    }
}
