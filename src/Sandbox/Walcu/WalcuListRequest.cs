using System.Globalization;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// A list call's query string (walcu-crm-openapi "GET /clients": q, search, skip, limit, sort, project, group_by).
/// limit defaults to 100 and is capped at 1000; group_by is not emulated (400).
/// </summary>
internal sealed record WalcuListRequest(WalcuFilter? Filter, WalcuSearch? Search, WalcuSort? Sort, WalcuProjection? Project, int Skip, int Limit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static WalcuListRequest From(IQueryCollection query)
    {
        if (query.ContainsKey("group_by"))
        {
            throw WalcuApiError.BadRequest("not_supported", "group_by is not available in the sandbox.");
        }
        return new WalcuListRequest(
            WalcuFilter.Parse(query["q"]),
            WalcuSearch.Parse(query["search"]),
            WalcuSort.Parse(query["sort"]),
            WalcuProjection.Parse(query["project"]),
            Number(query, "skip", 0, int.MaxValue) ?? 0,
            Math.Min(Number(query, "limit", 1, int.MaxValue) ?? DefaultLimit, MaxLimit));
    }

    private static int? Number(IQueryCollection query, string name, int min, int max)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw WalcuApiError.BadRequest("invalid_query", $"{name} must be a whole number of at least {min}.");
    }
}
