using System.Globalization;

namespace Portal.Vendors.Cova;

/// <summary>
/// The CustomerFull URL and its paging cursor. The document shows only the filter; paging is our assumption
/// ($orderby=LastModifiedDateUtc, $top, $skip, see docs/vendor-assumptions/cova.md). Pages are keyset-based: the
/// next page filters from the last timestamp seen and skips only the records already read at that timestamp, so a
/// record modified while paging moves to the end (read twice at worst) instead of shifting a large $skip.
/// </summary>
public static class CovaQuery
{
    public const int DefaultPageSize = 500;

    public static string CustomerFull(string companyId, CovaCursor cursor, int top) =>
        $"v1/Companies({companyId})/CustomerFull?$filter={Uri.EscapeDataString(Filter(cursor.Since))}"
        + $"&$orderby=LastModifiedDateUtc&$top={top}&$skip={cursor.Skip}";

    /// <summary>The OData v3 literal: <c>LastModifiedDateUtc ge datetime'2019-01-01T00:00:00.0000000Z'</c> (to the tick).</summary>
    public static string Filter(DateTimeOffset since) =>
        $"LastModifiedDateUtc ge datetime'{since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture)}Z'";

    /// <summary>The cursor after a page; null when the page was the last one.</summary>
    public static CovaCursor? Next(CovaCursor current, IReadOnlyList<CovaCustomer> page, int top)
    {
        if (page.Count < top)
        {
            return null;
        }
        var last = page[^1].LastModifiedDateUtc;
        if (last is null || page.Any(c => c.LastModifiedDateUtc is null))
        {
            return current with { Skip = current.Skip + page.Count }; // cannot keyset without timestamps
        }
        var atLast = page.Count(c => c.LastModifiedDateUtc == last);
        return last == current.Since ? current with { Skip = current.Skip + atLast } : new CovaCursor(last.Value, atLast);
    }
}

/// <summary>Where a CustomerFull page starts: records modified at or after <see cref="Since"/>, skipping <see cref="Skip"/>.</summary>
public sealed record CovaCursor(DateTimeOffset Since, int Skip)
{
    public override string ToString() => $"{Since.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{Skip.ToString(CultureInfo.InvariantCulture)}";

    public static CovaCursor Parse(string text) =>
        text.Split(':') is [var ticks, var skip]
        && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
        && int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
        && t >= DateTimeOffset.MinValue.UtcTicks && t <= DateTimeOffset.MaxValue.UtcTicks
            ? new CovaCursor(new DateTimeOffset(t, TimeSpan.Zero), s)
            : throw new FormatException("Not a Cova page cursor.");
}
