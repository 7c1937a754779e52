using System.Globalization;
using System.Text;

namespace Portal.Vendors.Walcu;

/// <summary>
/// The query string of a Walcu list call (walcu-crm-openapi "GET /clients": q, search, skip, limit, sort, project).
/// <paramref name="Search"/> is Walcu's human search (WQL) and is the only place user text goes.
/// </summary>
public sealed record WalcuListQuery(
    WalcuFilter? Filter = null,
    string? Search = null,
    WalcuField? SortBy = null,
    bool Descending = false,
    int Skip = 0,
    int Limit = WalcuListQuery.DefaultLimit,
    IReadOnlyList<string>? Project = null,
    bool ThenById = false)
{
    public const int DefaultLimit = 50;

    /// <summary>Walcu's largest page (see docs/vendor-assumptions/walcu.md).</summary>
    public const int MaxLimit = 1000;

    public string ToQueryString()
    {
        var query = new StringBuilder();
        Add(query, "q", Filter?.ToJson());
        Add(query, "search", string.IsNullOrWhiteSpace(Search) ? null : Search.Trim());
        Add(query, "skip", Skip > 0 ? Skip.ToString(CultureInfo.InvariantCulture) : null);
        Add(query, "limit", Math.Clamp(Limit, 1, MaxLimit).ToString(CultureInfo.InvariantCulture));
        Add(query, "sort", SortText());
        Add(query, "project", Project is { Count: > 0 } ? string.Join(' ', Project) : null);
        return query.ToString();
    }

    /// <summary>"-date": the field, "-" for descending; with <see cref="ThenById"/> "_id" breaks ties so skip paging is stable.</summary>
    private string? SortText()
    {
        if (SortBy is not { } field)
        {
            return null;
        }
        var sign = Descending ? "-" : "";
        return ThenById && field != WalcuField.Id ? $"{sign}{field.WireName()} {sign}_id" : sign + field.WireName();
    }

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (value is null)
        {
            return;
        }
        query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
