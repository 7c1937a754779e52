using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Portal.Vendors.Http;

namespace Portal.Vendors.Guardant;

/// <summary>The Guardant client over the connection's BaseUrl ("{host}/v1.0/"), asking customers and customers/{id}/orders.</summary>
public sealed class GuardantClient(HttpClient http, VendorConnection connection) : VendorClientBase(http, connection), IGuardantClient
{
    public new VendorConnection Connection => base.Connection;

    public async Task<Page<GuardantCustomer>> ListCustomersAsync(GuardantCustomerQuery query, CancellationToken cancellationToken = default)
    {
        var list = await SendAsync<GuardantCustomerList>(HttpMethod.Get, "customers" + query.ToQueryString(), null, cancellationToken);
        return OffsetPage(list.Customers, query.Offset, query.Limit);
    }

    public IAsyncEnumerable<GuardantCustomer> AllCustomersAsync(GuardantCustomerQuery? query = null, CancellationToken cancellationToken = default)
    {
        var q = query ?? new GuardantCustomerQuery();
        return Paging.AllAsync((next, ct) => ListCustomersAsync(q with { Offset = OffsetOf(next, q.Offset) }, ct), null, cancellationToken);
    }

    public async Task<GuardantCustomer?> GetCustomerAsync(long id, CancellationToken cancellationToken = default)
    {
        var envelope = await GetOrNullAsync<GuardantCustomerEnvelope>(CustomerPath(id), cancellationToken);
        return envelope?.Customer;
    }

    public async Task<GuardantCustomer> CreateCustomerAsync(GuardantCustomerWrite customer, CancellationToken cancellationToken = default)
    {
        var envelope = await SendAsync<GuardantCustomerEnvelope>(HttpMethod.Post, "customers", Json(customer), cancellationToken);
        return Customer(envelope);
    }

    public async Task<GuardantCustomer> UpdateCustomerAsync(
        long id, GuardantCustomerChanges changes, GuardantCustomer? startedFrom = null, CancellationToken cancellationToken = default)
    {
        var current = await GetCustomerAsync(id, cancellationToken)
            ?? throw Failure(VendorFailureKind.NotFound, $"Customer {id} no longer exists.");
        EditConflicts.ThrowIfChangedMeanwhile(Connection, GuardantCustomerChanges.Fields, changes, startedFrom, current);
        if (EditConflicts.Changed(GuardantCustomerChanges.Fields, changes, current).Count == 0)
        {
            return current;
        }
        var envelope = await SendAsync<GuardantCustomerEnvelope>(HttpMethod.Put, CustomerPath(id), Json(changes.ApplyTo(current)), cancellationToken);
        return Customer(envelope);
    }

    public Task DeleteCustomerAsync(long id, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, CustomerPath(id), null, cancellationToken);

    public async Task<Page<GuardantOrder>> ListOrdersAsync(long customerId, GuardantOrderQuery query, CancellationToken cancellationToken = default)
    {
        var list = await SendAsync<GuardantOrderList>(HttpMethod.Get, CustomerPath(customerId) + "/orders" + query.ToQueryString(), null, cancellationToken);
        return OffsetPage(list.Orders, query.Offset, query.Limit);
    }

    public IAsyncEnumerable<GuardantOrder> AllOrdersAsync(long customerId, GuardantOrderQuery? query = null, CancellationToken cancellationToken = default)
    {
        var q = query ?? new GuardantOrderQuery();
        return Paging.AllAsync((next, ct) => ListOrdersAsync(customerId, q with { Offset = OffsetOf(next, q.Offset) }, ct), null, cancellationToken);
    }

    /// <summary>The cheapest real call: one customer (limit=1).</summary>
    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken = default) =>
        ConnectionProbe.RunAsync(() => ListCustomersAsync(new GuardantCustomerQuery { Limit = 1 }, cancellationToken), "Connected to Guardant.");

    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Connection.Secrets.Require("apiKey"));
        return ValueTask.CompletedTask;
    }

    /// <summary>Our assumed error shape: {"error": "not_found", "message": "..."}; anything else is shown as the status.</summary>
    protected override VendorError ReadError(HttpStatusCode status, string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                var code = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null;
                return new VendorError(message.GetString() ?? status.ToString(), code);
            }
        }
        catch (JsonException)
        {
            // Proxies and crashes answer with HTML or nothing: fall through to the status.
        }
        return new VendorError(status.ToString());
    }

    private static string CustomerPath(long id) => "customers/" + id.ToString(CultureInfo.InvariantCulture);

    private GuardantCustomer Customer(GuardantCustomerEnvelope envelope) =>
        envelope.Customer ?? throw Failure(VendorFailureKind.Malformed, "The answer has no customer.");

    // Guardant reports no total: a full page means there may be more.
    private static Page<T> OffsetPage<T>(IReadOnlyList<T>? items, int offset, int limit)
    {
        var list = items ?? [];
        var next = list.Count > 0 && list.Count >= limit ? (offset + list.Count).ToString(CultureInfo.InvariantCulture) : null;
        return new Page<T>(list, null, next);
    }

    private static int OffsetOf(string? next, int first) =>
        next is not null && int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : first;
}
