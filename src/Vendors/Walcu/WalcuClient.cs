using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Vendors.Http;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Vendors.Walcu;

/// <summary>The Walcu CRM client for one connection (see <see cref="IWalcuClient"/>; auth and errors in docs/vendor-assumptions/walcu.md).</summary>
public sealed partial class WalcuClient(HttpClient http, VendorConnection connection) : VendorClientBase(http, connection), IWalcuClient
{
    private const int SyncPageSize = 200;

    VendorConnection IVendorClient.Connection => Connection;

    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await ListAsync<WalcuClientDto>("clients", new WalcuListQuery(Limit: 1, Project: ["_id"]), cancellationToken);
            return new ConnectionTestResult(true, Stopwatch.GetElapsedTime(started), "Walcu CRM answered the client list.");
        }
        catch (VendorApiException ex)
        {
            return ConnectionTestResult.From(ex, Stopwatch.GetElapsedTime(started));
        }
    }

    public Task<Page<WalcuClientDto>> ListClientsAsync(WalcuListQuery query, CancellationToken cancellationToken = default) =>
        ListAsync<WalcuClientDto>("clients", query, cancellationToken);

    public Task<Page<WalcuClientDto>> SearchClientsAsync(string search, string? next = null, int limit = WalcuListQuery.DefaultLimit, CancellationToken cancellationToken = default) =>
        ListAsync<WalcuClientDto>("clients", new WalcuListQuery(Search: search, Skip: SkipOf(next), Limit: limit), cancellationToken);

    public IAsyncEnumerable<WalcuClientDto> AllClientsAsync(WalcuListQuery query, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((next, ct) => ListAsync<WalcuClientDto>("clients", query with { Skip = next is null ? query.Skip : SkipOf(next) }, ct),
            cancellationToken: cancellationToken);

    public async IAsyncEnumerable<WalcuClientDto> ListClientsModifiedSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        WalcuSyncCursor? cursor = new WalcuSyncCursor(since, 0);
        while (cursor is { } at)
        {
            var query = new WalcuListQuery(WalcuFilter.AtOrAfter(WalcuField.UpdatedAt, at.Since), SortBy: WalcuField.UpdatedAt,
                Skip: at.SkipAtSince, Limit: SyncPageSize);
            var (items, hasMore) = await FetchAsync<WalcuClientDto>("clients", query, cancellationToken);
            foreach (var client in items)
            {
                yield return client;
            }
            cursor = at.After(items, hasMore);
        }
    }

    public Task<WalcuClientDto?> GetClientAsync(string clientId, CancellationToken cancellationToken = default) =>
        GetAsync<WalcuClientDto>("clients", clientId, cancellationToken);

    public async Task<WalcuClientDto> PatchClientAsync(WalcuClientDto before, WalcuClientDto after, CancellationToken cancellationToken = default)
    {
        var id = RequireId(before);
        if (after.Id is not null && after.Id != id)
        {
            throw new ArgumentException("The patched client is not the one read.", nameof(after));
        }
        var patch = WalcuPatchBuilder.Build(before, after);
        if (!WalcuPatchBuilder.HasChanges(patch))
        {
            return before;
        }
        return await SendAsync<WalcuClientDto>(HttpMethod.Patch, ItemPath("clients", id), Json(patch), cancellationToken);
    }

    public Task<WalcuClientDto> ReplaceClientAsync(WalcuClientDto client, CancellationToken cancellationToken = default) =>
        SendAsync<WalcuClientDto>(HttpMethod.Put, ItemPath("clients", RequireId(client)), Json(client), cancellationToken);

    public Task DeleteClientAsync(string clientId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, ItemPath("clients", clientId), null, cancellationToken);

    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = Connection.Secrets.Get(WalcuConnectionSettings.ApiKey);
        if (string.IsNullOrEmpty(key))
        {
            throw Failure(VendorFailureKind.Configuration, $"The connection has no credential '{WalcuConnectionSettings.ApiKey}'.");
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return ValueTask.CompletedTask;
    }

    /// <summary>Walcu's error body (the document shows none; see docs/vendor-assumptions/walcu.md).</summary>
    protected override VendorError ReadError(HttpStatusCode status, string body) => WalcuErrorBody.Read(status, body);

    private async Task<Page<T>> ListAsync<T>(string collection, WalcuListQuery query, CancellationToken ct)
    {
        var (items, hasMore) = await FetchAsync<T>(collection, query, ct);
        var next = hasMore && items.Count > 0 ? (query.Skip + items.Count).ToString(CultureInfo.InvariantCulture) : null;
        return new Page<T>(items, null, next);
    }

    /// <summary>One list call: its records and whether Walcu has more (the mapp-has-more header; a full page if absent).</summary>
    private async Task<(IReadOnlyList<T> Items, bool HasMore)> FetchAsync<T>(string collection, WalcuListQuery query, CancellationToken ct)
    {
        var (body, headers) = await GetWithHeadersAsync<List<T?>>(CollectionPath(collection) + query.ToQueryString(), ct);
        var items = body.OfType<T>().ToList();
        var hasMore = headers.TryGetValues("mapp-has-more", out var values)
            ? values.Any(v => bool.TryParse(v, out var more) && more)
            : items.Count >= Math.Clamp(query.Limit, 1, WalcuListQuery.MaxLimit);
        return (items, hasMore);
    }

    private async Task<T?> GetAsync<T>(string collection, string id, CancellationToken ct) where T : class
    {
        var node = await GetOrNullAsync<JsonNode>(ItemPath(collection, id), ct);
        // The document renders "Returns a single client" as a one-element array; accept both shapes.
        var single = node is JsonArray array ? array.FirstOrDefault() : node;
        try
        {
            return single?.Deserialize<T>(VendorJson.Options);
        }
        catch (JsonException ex)
        {
            throw Failure(VendorFailureKind.Malformed, $"Walcu's {collection} record is not in the documented shape.", inner: ex);
        }
    }

    private string CollectionPath(string collection) =>
        $"dealers/{Uri.EscapeDataString(Connection.Require(WalcuConnectionSettings.DealerId))}/{collection}";

    private string ItemPath(string collection, string id) => CollectionPath(collection) + "/" + Uri.EscapeDataString(id);

    private string RequireId(WalcuDocumentDto record) =>
        string.IsNullOrWhiteSpace(record.Id) ? throw Failure(VendorFailureKind.Configuration, "The record has no _id.") : record.Id;

    private static int SkipOf(string? next) =>
        next is not null && int.TryParse(next, NumberStyles.None, CultureInfo.InvariantCulture, out var skip) ? skip : 0;
}
