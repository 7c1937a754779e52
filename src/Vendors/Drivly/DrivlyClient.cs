using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Portal.Vendors.Http;

namespace Portal.Vendors.Drivly;

/// <summary>The Drivly client over the connection's BaseUrl ("{host}/api/"), asking customers, customers/{id}, customers/versions.</summary>
public sealed class DrivlyClient(HttpClient http, VendorConnection connection) : VendorClientBase(http, connection), IDrivlyClient
{
    public new VendorConnection Connection => base.Connection;

    public async Task<Page<DrivlyCustomer>> ListCustomersAsync(DrivlyQuery query, CancellationToken cancellationToken = default) =>
        ToPage(await SendAsync<DrivlyPage<DrivlyCustomer>>(HttpMethod.Get, "customers" + query.ToQueryString(), null, cancellationToken));

    public IAsyncEnumerable<DrivlyCustomer> AllCustomersAsync(DrivlyQuery? query = null, CancellationToken cancellationToken = default)
    {
        var q = query ?? new DrivlyQuery { Limit = 100 };
        return Paging.AllAsync((next, ct) => ListCustomersAsync(q with { Page = PageOf(next, q.Page) }, ct), null, cancellationToken);
    }

    public Task<DrivlyCustomer?> GetCustomerAsync(string id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<DrivlyCustomer>(CustomerPath(id) + "?depth=1", cancellationToken);

    public async Task<DrivlyCustomer> UpdateContactAsync(
        string id, DrivlyContactChanges changes, DrivlyCustomer? startedFrom = null, CancellationToken cancellationToken = default)
    {
        var current = await GetCustomerAsync(id, cancellationToken)
            ?? throw Failure(VendorFailureKind.NotFound, $"Customer {id} no longer exists.");
        EditConflicts.ThrowIfChangedMeanwhile(Connection, DrivlyContactChanges.Fields, changes, startedFrom, current);
        var patch = changes.ToPatch(current);
        if (patch.Count == 0)
        {
            return current; // nothing changes: no empty version in the vendor's history
        }
        var updated = await SendAsync<DrivlyUpdated>(HttpMethod.Patch, CustomerPath(id) + "?depth=1", Json<JsonObject>(patch), cancellationToken);
        return updated.Doc ?? throw Failure(VendorFailureKind.Malformed, "The answer has no doc.");
    }

    public async Task<Page<DrivlyVersion>> ListVersionsAsync(
        string customerId, int page = 1, int limit = 20, bool oldestFirst = false, CancellationToken cancellationToken = default)
    {
        var query = new DrivlyQuery
        {
            Where = DrivlyWhere.Equal("parent", customerId),
            Sort = oldestFirst ? "updatedAt" : "-updatedAt",
            Limit = limit,
            Page = page,
            Depth = 0, // the timeline compares versions field by field: ids are enough
        };
        return ToPage(await SendAsync<DrivlyPage<DrivlyVersion>>(HttpMethod.Get, "customers/versions" + query.ToQueryString(), null, cancellationToken));
    }

    public IAsyncEnumerable<DrivlyVersion> AllVersionsAsync(string customerId, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((next, ct) => ListVersionsAsync(customerId, PageOf(next, 1), 100, oldestFirst: true, ct), null, cancellationToken);

    public async IAsyncEnumerable<DrivlyCustomer> ListCustomersModifiedSinceAsync(
        DateTimeOffset since, int pageSize = 100, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var cursor = new DrivlyChangeCursor(since);
        while (true)
        {
            var query = new DrivlyQuery
            {
                Where = DrivlyWhere.GreaterThanOrEqual("updatedAt", cursor.Since),
                Sort = "updatedAt",
                Limit = pageSize,
                Page = cursor.Page,
            };
            var page = await ListCustomersAsync(query, cancellationToken);
            foreach (var customer in page.Items.Where(cursor.IsNew))
            {
                yield return customer;
            }
            if (!page.HasMore || !cursor.Advance(page.Items))
            {
                yield break;
            }
        }
    }

    /// <summary>The cheapest real call: one customer (limit=1, depth=0).</summary>
    public Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken = default) =>
        ConnectionProbe.RunAsync(() => ListCustomersAsync(new DrivlyQuery { Limit = 1, Depth = 0 }, cancellationToken), "Connected to Drivly.");

    /// <summary>As documented: the API key itself is the Authorization header's value, with no scheme.</summary>
    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("Authorization", Connection.Secrets.Require("apiKey"));
        return ValueTask.CompletedTask;
    }

    protected override VendorError ReadError(HttpStatusCode status, string body) => DrivlyErrors.Read(status, body);

    private static string CustomerPath(string id) => "customers/" + Uri.EscapeDataString(id);

    private static Page<T> ToPage<T>(DrivlyPage<T> page) =>
        new(page.Docs ?? [], page.TotalDocs, page.HasNextPage && page.NextPage is { } next ? next.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);

    private static int PageOf(string? next, int first) => int.TryParse(next, out var page) ? page : first;
}
