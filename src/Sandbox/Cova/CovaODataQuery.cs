using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Sandbox.Cova;

/// <summary>
/// The CustomerFull query, parsed strictly: <c>$filter=LastModifiedDateUtc ge datetime'2019-01-01T00:00:00z'</c> (or
/// <c>gt</c>), or the plain <c>LastModifiedDateUtc=</c> parameter of the document's title; optional <c>$top</c>,
/// <c>$skip</c> and <c>$orderby=LastModifiedDateUtc [asc]</c> (our paging assumption). Anything else is a 400.
/// </summary>
internal sealed partial record CovaODataQuery(DateTimeOffset Since, bool Exclusive, int Skip, int? Top)
{
    /// <summary>The first instant the answer includes.</summary>
    public DateTimeOffset From => Exclusive ? Since.AddTicks(1) : Since;

    private static readonly string[] Known = ["$filter", "$top", "$skip", "$orderby", "LastModifiedDateUtc"];
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    /// <summary>The query, or the message of the 400 it deserves.</summary>
    public static (CovaODataQuery? Query, string? Error) Parse(IQueryCollection query)
    {
        if (query.Keys.FirstOrDefault(k => !Known.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return (null, $"The query parameter '{unknown}' is not supported.");
        }
        var filter = query["$filter"].ToString();
        var plain = query["LastModifiedDateUtc"].ToString();
        (DateTimeOffset At, bool Exclusive)? since = filter.Length > 0 && plain.Length == 0 ? Filter(filter)
            : plain.Length > 0 && filter.Length == 0 && Literal(plain) is { } at ? (at, false)
            : null;
        if (since is null)
        {
            return (null, filter.Length > 0 || plain.Length > 0
                ? "The filter must read LastModifiedDateUtc ge datetime'yyyy-MM-ddTHH:mm:ss[.fffffff]Z' with a valid date."
                : "LastModifiedDateUtc is required, as $filter=LastModifiedDateUtc ge datetime'yyyy-MM-ddTHH:mm:ssZ'.");
        }
        var orderBy = query["$orderby"].ToString();
        if (orderBy.Length > 0 && orderBy is not ("LastModifiedDateUtc" or "LastModifiedDateUtc asc"))
        {
            return (null, "Only $orderby=LastModifiedDateUtc is supported.");
        }
        if (!Count(query["$skip"].ToString(), out var skip) || !Count(query["$top"].ToString(), out var top))
        {
            return (null, "$top and $skip must be whole numbers of zero or more.");
        }
        return (new CovaODataQuery(since.Value.At, since.Value.Exclusive, skip ?? 0, top), null);
    }

    private static (DateTimeOffset, bool)? Filter(string filter) =>
        FilterPattern().Match(filter) is { Success: true } m && Literal(m.Groups["at"].Value) is { } at ? (at, m.Groups["op"].Value == "gt") : null;

    /// <summary>An OData v3 datetime literal, UTC: minutes required, seconds and up to seven decimals optional, optional Z.</summary>
    private static DateTimeOffset? Literal(string text)
    {
        var body = text.EndsWith('Z') || text.EndsWith('z') ? text[..^1] : text;
        return DateTime.TryParseExact(body, DateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
    }

    private static bool Count(string text, out int? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }
        var ok = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n);
        value = n;
        return ok;
    }

    [GeneratedRegex("^LastModifiedDateUtc (?<op>ge|gt) datetime'(?<at>[^']+)'$", RegexOptions.CultureInvariant)]
    private static partial Regex FilterPattern();
}
