using System.Globalization;

namespace Portal.Vendors.Drivly;

/// <summary>
/// A Payload <c>where</c> query ("where: pass a where query to constrain returned documents"), sent in Payload's
/// query-string bracket syntax: <c>where[or][0][customerId][equals]=X</c>.
/// </summary>
public abstract record DrivlyWhere
{
    public static DrivlyWhere Equal(string path, string value) => new Condition(path, "equals", value);

    /// <summary>Payload's <c>contains</c>: the field holds the value, case-insensitively (live customer search).</summary>
    public static DrivlyWhere Contains(string path, string value) => new Condition(path, "contains", value);

    public static DrivlyWhere GreaterThan(string path, DateTimeOffset value) => new Condition(path, "greater_than", Iso(value));

    public static DrivlyWhere GreaterThanOrEqual(string path, DateTimeOffset value) => new Condition(path, "greater_than_equal", Iso(value));

    public static DrivlyWhere LessThan(string path, DateTimeOffset value) => new Condition(path, "less_than", Iso(value));

    public static DrivlyWhere LessThanOrEqual(string path, DateTimeOffset value) => new Condition(path, "less_than_equal", Iso(value));

    public static DrivlyWhere And(params DrivlyWhere[] parts) => new Group("and", parts);

    public static DrivlyWhere Or(params DrivlyWhere[] parts) => new Group("or", parts);

    /// <summary>Payload's date format: UTC with milliseconds, e.g. 2026-05-01T08:30:00.000Z.</summary>
    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The query-string pairs, keys unescaped: ("where[and][0][updatedAt][greater_than_equal]", "...").</summary>
    public abstract IEnumerable<KeyValuePair<string, string>> ToPairs(string prefix = "where");

    /// <summary>The pairs escaped and joined with '&amp;' (no leading '?').</summary>
    public string ToQueryString() =>
        string.Join('&', ToPairs().Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));

    private sealed record Condition(string Path, string Operator, string Value) : DrivlyWhere
    {
        public override IEnumerable<KeyValuePair<string, string>> ToPairs(string prefix = "where") =>
            [new($"{prefix}[{Path}][{Operator}]", Value)];
    }

    private sealed record Group(string Kind, IReadOnlyList<DrivlyWhere> Parts) : DrivlyWhere
    {
        public override IEnumerable<KeyValuePair<string, string>> ToPairs(string prefix = "where") =>
            Parts.SelectMany((part, i) => part.ToPairs(string.Create(CultureInfo.InvariantCulture, $"{prefix}[{Kind}][{i}]")));
    }
}

/// <summary>The Payload list parameters: where, sort ("-updatedAt" for descending), limit, page and depth.</summary>
public sealed record DrivlyQuery
{
    public DrivlyWhere? Where { get; init; }
    public string? Sort { get; init; }
    /// <summary>Documents per page (Payload's default is 10).</summary>
    public int Limit { get; init; } = 10;
    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;
    /// <summary>1 populates the address (the one relationship the portal reads); every other relationship stays an id.</summary>
    public int Depth { get; init; } = 1;

    public string ToQueryString()
    {
        var query = string.Create(CultureInfo.InvariantCulture, $"?depth={Depth}&limit={Limit}&page={Page}");
        if (Sort is { Length: > 0 } sort)
        {
            query += "&sort=" + Uri.EscapeDataString(sort);
        }
        return Where is null ? query : query + "&" + Where.ToQueryString();
    }
}
