using System.Globalization;

namespace Portal.Features.Customers.Search;

/// <summary>
/// What the audit log keeps of a search: the kind of query (name, email, phone...), its length, the filters and how
/// many results came back. Never the text itself: a typed email or phone number is personal data.
/// </summary>
public static class SearchAuditDetail
{
    public static string Index(CustomerSearchRequest request, CustomerSearchResult result) => string.Create(CultureInfo.InvariantCulture,
        $"index; kind={result.Kind}; length={Length(request.Text)}; results={result.Rows.Count}{(result.Next is null ? "" : "+")}; sources={Sources(request.Sources)}; sort={request.Sort}");

    public static string Live(Live.LiveQuery query, IReadOnlyList<Live.LiveSourceAnswer> answers) => string.Create(CultureInfo.InvariantCulture,
        $"live; kind={query.Kind}; length={query.Text.Length}; results={answers.Sum(a => a.Customers.Count)}; sources={string.Join(',', answers.Select(a => $"{a.Vendor}:{(a.Succeeded ? "ok" : "failed")}"))}");

    public static int Length(string? text) => (text ?? "").Trim().Length;

    public static string Sources(IEnumerable<Vendors.VendorKind> sources) =>
        string.Join(',', sources.Select(s => s.ToString())) is { Length: > 0 } list ? list : "all";
}
