namespace Portal.Features.Customers.Linking;

/// <summary>
/// The linking rules, their weights (points, like log-odds: positive for agreement, negative for a contradiction) and
/// the thresholds. A record joins a person automatically at <see cref="AutoPoints"/> or more; from
/// <see cref="PossiblePoints"/> it joins as a "possible match" for a manager to confirm or split.
/// </summary>
public static class LinkRules
{
    public const string Decision = "decision";
    public const string Merge = "merge";
    public const string ForeignId = "foreign-id";
    public const string Licence = "licence";
    public const string NameDob = "name+dob";
    public const string Email = "email";
    public const string NameAddress = "name+address";
    public const string Phone = "phone";
    public const string FirstName = "first-name";
    public const string LastName = "last-name";


    /// <summary>Prefix of a rule that contradicts the link (e.g. "-dob": both records have a birth date, and they differ).</summary>
    public const string Against = "-";

    public const int AutoPoints = 9;
    public const int PossiblePoints = 5;

    public static IReadOnlyDictionary<string, int> Points { get; } = new Dictionary<string, int>
    {
        [Decision] = 100,
        [Merge] = 20,
        [ForeignId] = 20,
        [Licence] = 12,
        [NameDob] = 10,
        [Email] = 9,
        [NameAddress] = 5,
        [Phone] = 3,
        [FirstName] = 1,
        [LastName] = 1,
        // Contradictions. Different birth dates or licences are decisive; a different first name (not a nickname or a
        // slip) is what tells household members sharing an email, phone and address apart; surnames change (maiden).
        // Different emails and phones weigh little (people have several) but tell a Jr. from a Sr. at one address.
        [Against + "dob"] = -15,
        [Against + Licence] = -15,
        [Against + FirstName] = -10,
        [Against + LastName] = -1,
        [Against + Email] = -3,
        [Against + Phone] = -2,
    };

    /// <summary>Contradictions that keep a record out of a person if any record there shows them (unless decided).</summary>
    public static IReadOnlySet<string> Decisive { get; } = new HashSet<string> { Against + "dob", Against + Licence };

    /// <summary>The score shown to people (0..1): a logistic curve over the points, 0.5 at the "possible" threshold.</summary>
    public static double Score(int points) => Math.Round(1 / (1 + Math.Exp(-(points - PossiblePoints) / 2.0)), 3);
}
