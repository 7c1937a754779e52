using System.Globalization;
using CsvHelper;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Features.Audit;
using Portal.Hosting;

namespace Portal.Features.Orders;

/// <summary>
/// GET /orders/export?{filter}: the filter's orders as CSV in the page's order, dates in the dealership's time zone
/// (ISO 8601 with offset). The export is recorded before the first byte is sent; cells a spreadsheet would run as
/// formulas are escaped.
/// </summary>
internal static class OrdersExportEndpoint
{
    public static async Task HandleAsync(HttpContext context, OrdersService orders, IAuditLog audit, AuthenticationStateProvider authState, TimeProvider clock)
    {
        var ct = context.RequestAborted;
        if (OrderFilter.FromQuery(context.Request.Query) is not { } filter)
        {
            await CsvDownload.RefuseFilterAsync(context);
            return;
        }
        // Services read the user through the authentication state, which plain endpoints do not set.
        ((IHostEnvironmentAuthenticationStateProvider)authState).SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        await orders.DemandAsync(filter, ct);
        await audit.RecordAsync(new AuditEvent(AuditActions.OrdersExported)
        {
            Target = filter.PersonId is { } p ? new AuditTarget(AuditTargetTypes.Customer, p.ToString(CultureInfo.InvariantCulture)) : null,
            DealershipId = filter.DealershipId,
            Detail = filter.Describe(),
        }, ct);
        await using var csv = CsvDownload.Start(context, "orders", clock, OrderCsv.Header);
        var written = 0;
        await foreach (var row in orders.AllAsync(filter, null, ct))
        {
            await csv.WriteRecordAsync(OrderCsv.Fields(row), ct);
            if (++written % 500 == 0)
            {
                await csv.FlushAsync(ct);
            }
        }
    }
}

/// <summary>The CSV columns: the common fields, dates as ISO 8601 in the dealership's time zone.</summary>
internal static class OrderCsv
{
    public static string[] Header { get; } =
    [
        "Source", "Connection", "Id", "Number", "Customer", "PersonId", "Date", "SubmitDate", "Status", "VendorStatus",
        "Description", "Quantity", "Amount", "Archived",
    ];

    public static string?[] Fields(OrderRow r) =>
    [
        r.Kind.ToString(), r.ConnectionName, r.Order.Source.ExternalId, r.Order.Number, r.CustomerName,
        r.PersonId?.ToString(CultureInfo.InvariantCulture), Iso(r.Order.DateUtc, r.TimeZone), Iso(r.Order.SubmittedUtc, r.TimeZone),
        r.Order.Status.ToString(), r.Order.VendorStatus, r.Order.Description, r.Order.Quantity?.ToString(CultureInfo.InvariantCulture),
        r.Order.Amount?.ToString(CultureInfo.InvariantCulture), r.Order.Archived ? "true" : "false",
    ];

    private static string? Iso(DateTimeOffset? time, TimeZoneInfo zone) =>
        time is { } t ? TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) : null;
}
