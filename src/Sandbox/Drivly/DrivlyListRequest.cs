using System.Globalization;

namespace Portal.Sandbox.Drivly;

/// <summary>A list request after reading where, sort, limit, page and depth.</summary>
internal sealed record DrivlyListRequest(DrivlyCondition? Where, IReadOnlyList<DrivlySort> Sort, int Limit, int Page, int Depth)
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 1000;

    /// <summary>Payload's default depth: relationships are populated two levels down unless asked otherwise.</summary>
    public const int DefaultDepth = 2;

    public long Offset => (long)(Page - 1) * Limit;

    /// <summary>
    /// Reads the query; <paramref name="defaultSort"/> applies when there is no sort. Limits above
    /// <see cref="MaxLimit"/> are capped; a limit or page that is not a positive number falls back to the default.
    /// </summary>
    public static (DrivlyListRequest? Request, string? Error) Parse(IQueryCollection query, Func<string, bool> isKnownPath, string defaultSort)
    {
        var (whereJson, whereError) = DrivlyWhereParser.Parse(query);
        if (whereError is not null)
        {
            return (null, whereError);
        }
        DrivlyCondition? where = null;
        if (whereJson is not null)
        {
            (where, var error) = DrivlyCondition.Compile(whereJson, isKnownPath);
            if (error is not null)
            {
                return (null, error);
            }
        }
        var sort = new List<DrivlySort>();
        foreach (var part in Text(query, "sort", defaultSort).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var path = part.TrimStart('-');
            if (!isKnownPath(path))
            {
                return (null, $"The following path cannot be sorted on: {path}");
            }
            sort.Add(new DrivlySort(path, part.StartsWith('-')));
        }
        var limit = Math.Min(Number(query, "limit", DefaultLimit), MaxLimit);
        var depth = DepthOf(query);
        return (new DrivlyListRequest(where, sort, limit, Number(query, "page", 1), depth), null);
    }

    public static int DepthOf(IQueryCollection query) => Math.Min(Number(query, "depth", DefaultDepth, allowZero: true), 10);

    private static int Number(IQueryCollection query, string name, int fallback, bool allowZero = false) =>
        int.TryParse(Text(query, name, ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (n > 0 || (allowZero && n == 0)) ? n : fallback;

    private static string Text(IQueryCollection query, string name, string fallback) =>
        query.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrWhiteSpace(v[0]) ? v[0] ?? fallback : fallback;
}

/// <summary>One sort key: a field path, descending when the query wrote it with a leading '-'.</summary>
internal sealed record DrivlySort(string Path, bool Descending);
