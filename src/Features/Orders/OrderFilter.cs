using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Vendors.Model;

namespace Portal.Features.Orders;

/// <summary>
/// The orders page's filter: statuses and sources (empty = all), a date range in the dealership's calendar (From and
/// To inclusive), one customer (a person of the index), one dealership, and the sort. Round-trips through a query
/// string for the CSV export.
/// </summary>
public sealed record OrderFilter
{
    public IReadOnlyList<OrderStatus> Statuses { get; init; } = [];
    public IReadOnlyList<OrderSourceKind> Sources { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public long? PersonId { get; init; }
    public int? DealershipId { get; init; }
    public OrderSort Sort { get; init; } = OrderSort.Date;
    public bool Descending { get; init; } = true;

    public static OrderFilter None { get; } = new();

    public bool Shows(OrderSourceKind kind) => Sources.Count == 0 || Sources.Contains(kind);

    /// <summary>The half-open UTC range [start of From, start of the day after To) in <paramref name="zone"/>.</summary>
    public (DateTimeOffset? FromUtc, DateTimeOffset? ToUtc) UtcRange(TimeZoneInfo zone) =>
        (From is { } f ? StartOf(f, zone) : null, To is { } t ? StartOf(t.AddDays(1), zone) : null);

    public bool InRange(DateTimeOffset? time, TimeZoneInfo zone)
    {
        var (from, to) = UtcRange(zone);
        return (from is null && to is null) || (time is { } t && (from is null || t >= from) && (to is null || t < to));
    }

    public string ToQueryString()
    {
        var query = new Dictionary<string, string?>
        {
            ["status"] = Statuses.Count > 0 ? string.Join(',', Statuses) : null,
            ["source"] = Sources.Count > 0 ? string.Join(',', Sources) : null,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["person"] = PersonId?.ToString(CultureInfo.InvariantCulture),
            ["dealership"] = DealershipId?.ToString(CultureInfo.InvariantCulture),
            ["sort"] = Sort.ToString(),
            ["dir"] = Descending ? "desc" : "asc",
        };
        return QueryHelpers.AddQueryString("", query.Where(kv => kv.Value is not null));
    }

    /// <summary>The filter from a query string; null when a value is not one this page writes.</summary>
    public static OrderFilter? FromQuery(IQueryCollection query)
    {
        try
        {
            return new OrderFilter
            {
                Statuses = List<OrderStatus>(query["status"]),
                Sources = List<OrderSourceKind>(query["source"]),
                From = Date(query["from"]),
                To = Date(query["to"]),
                PersonId = query["person"].ToString() is { Length: > 0 } p ? long.Parse(p, CultureInfo.InvariantCulture) : null,
                DealershipId = query["dealership"].ToString() is { Length: > 0 } d ? int.Parse(d, CultureInfo.InvariantCulture) : null,
                Sort = query["sort"].ToString() is { Length: > 0 } s ? Enum.Parse<OrderSort>(s) : OrderSort.Date,
                Descending = query["dir"].ToString() != "asc",
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Non-sensitive words for the audit log (a person id, never a name).</summary>
    public string Describe() => string.Join("; ", new[]
    {
        Statuses.Count > 0 ? "status " + string.Join(',', Statuses) : null,
        Sources.Count > 0 ? "source " + string.Join(',', Sources) : null,
        From is { } f ? "from " + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        To is { } t ? "to " + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        PersonId is { } p ? "person " + p.ToString(CultureInfo.InvariantCulture) : null,
        DealershipId is { } d ? "dealership " + d.ToString(CultureInfo.InvariantCulture) : null,
        $"sort {Sort} {(Descending ? "desc" : "asc")}",
    }.OfType<string>());

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static List<T> List<T>(string? text) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',').Select(v => Enum.Parse<T>(v.Trim()))
            .Select(v => Enum.IsDefined(v) ? v : throw new FormatException($"{v} is not a {typeof(T).Name}.")).Distinct().ToList();

    private static DateOnly? Date(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
