using System.Globalization;
using Microsoft.AspNetCore.Components;
using Portal.Vendors;

namespace Portal.Features.Customers.Search;

/// <summary>
/// What the search page shows, as it lives in the URL (/customers?q=ada&amp;source=walcu,cova&amp;dealership=2&amp;sort=recent),
/// so a search can be shared and survives a reload. Unknown values in a hand-edited URL are ignored.
/// </summary>
public sealed record CustomerSearchState(string Text, IReadOnlyList<VendorKind> Sources, int? DealershipId, CustomerSort Sort)
{
    public static CustomerSearchState Empty { get; } = new("", [], null, CustomerSort.Name);

    private static readonly Dictionary<CustomerSort, string> SortNames = new()
    {
        [CustomerSort.Name] = "name",
        [CustomerSort.NameDescending] = "name-desc",
        [CustomerSort.RecentActivity] = "recent",
        [CustomerSort.OldestActivity] = "oldest",
    };

    /// <summary>Only people with an open data request (<c>open=1</c> in the URL).</summary>
    public bool OpenDataRequestsOnly { get; init; }

    public static CustomerSearchState FromQuery(string? q, string? source, string? dealership, string? sort, string? open = null) => new(
        Cut((q ?? "").Trim()),
        (source ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => VendorKinds.TryParseSlug(s, out var v) ? v : (VendorKind?)null).OfType<VendorKind>().Distinct().Order().ToList(),
        int.TryParse(dealership, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
        SortNames.FirstOrDefault(kv => kv.Value == sort).Key)
    {
        OpenDataRequestsOnly = open == "1",
    };

    private static string Cut(string text) => text.Length > CustomerSearchTerms.MaxLength ? text[..CustomerSearchTerms.MaxLength] : text;

    /// <summary>A canonical form: two states with the same key show the same results.</summary>
    public string Key => $"{Text}\u0001{string.Join(',', Sources)}\u0001{DealershipId}\u0001{Sort}\u0001{OpenDataRequestsOnly}";

    public CustomerSearchRequest ToRequest(SearchCursor? after, int pageSize) => new()
    {
        Text = Text,
        Sources = Sources,
        DealershipId = DealershipId,
        OpenDataRequestsOnly = OpenDataRequestsOnly,
        Sort = Sort,
        After = after,
        PageSize = pageSize,
    };

    /// <summary>This state as the page's URL; defaults are left out so the plain page stays /customers.</summary>
    public string ToUri(NavigationManager navigation) => navigation.GetUriWithQueryParameters(
        navigation.ToAbsoluteUri("customers").ToString(), new Dictionary<string, object?>
    {
        ["q"] = Text.Length > 0 ? Text : null,
        ["source"] = Sources.Count > 0 ? string.Join(',', Sources.Select(s => s.Slug())) : null,
        ["dealership"] = DealershipId,
        ["sort"] = Sort == CustomerSort.Name ? null : SortNames[Sort],
        ["open"] = OpenDataRequestsOnly ? "1" : null,
    });
}
