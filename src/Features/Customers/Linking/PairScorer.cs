namespace Portal.Features.Customers.Linking;

/// <summary>Scores two records of one dealership against <see cref="LinkRules"/>. Pure: no database, no state.</summary>
public static class PairScorer
{
    public static LinkEvidence Score(LinkRecord a, LinkRecord b)
    {
        var rules = new List<string>(6);
        var first = NameMatch.First(a.First, b.First);
        var last = NameMatch.Last(a.Last, b.Last);
        var namesAgree = first is NameAgreement.Same or NameAgreement.Compatible && last is NameAgreement.Same or NameAgreement.Compatible;
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
        if (a.EmailList.Intersect(b.EmailList, StringComparer.Ordinal).Any())
        {
            rules.Add(LinkRules.Email);
        }
        if (namesAgree && a.Postal5.Length > 0 && a.Postal5 == b.Postal5 && a.Street.Length > 0 && a.Street == b.Street)
        {
            rules.Add(LinkRules.NameAddress);
        }
        if (a.PhoneList.Intersect(b.PhoneList, StringComparer.Ordinal).Any())
        {
            rules.Add(LinkRules.Phone);
        }
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
