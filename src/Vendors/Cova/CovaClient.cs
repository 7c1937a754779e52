using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Portal.Vendors.Http;

namespace Portal.Vendors.Cova;

/// <inheritdoc cref="ICovaClient"/>
public sealed class CovaClient(HttpClient http, VendorConnection connection, CovaTokenCache tokens)
    : VendorClientBase(http, connection), ICovaClient
{
    public const string CompanyIdSetting = "companyId";
    public const string PageSizeSetting = "pageSize";

    private readonly CovaTokenSource _tokens = new(http, connection, tokens);

    VendorConnection IVendorClient.Connection => Connection;

    public IAsyncEnumerable<CovaCustomer> ListModifiedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((next, ct) => ListModifiedSincePageAsync(since, next, ct), null, cancellationToken);

    public async Task<Page<CovaCustomer>> ListModifiedSincePageAsync(DateTimeOffset since, string? next = null, CancellationToken cancellationToken = default)
    {
        var cursor = next is null ? new CovaCursor(since, 0) : CovaCursor.Parse(next);
        var top = PageSize;
        var page = await SendAsync<List<CovaCustomer>>(HttpMethod.Get, CovaQuery.CustomerFull(CompanyId, cursor, top), null, cancellationToken);
        return new Page<CovaCustomer>(page, null, CovaQuery.Next(cursor, page, top)?.ToString());
    }

    /// <summary>A token, then the smallest filtered call (changes from now on, at most one).</summary>
    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var cursor = new CovaCursor(DateTimeOffset.UtcNow, 0);
            await SendAsync<List<CovaCustomer>>(HttpMethod.Get, CovaQuery.CustomerFull(CompanyId, cursor, 1), null, cancellationToken);
            return new ConnectionTestResult(true, Stopwatch.GetElapsedTime(started), $"Company {CompanyId} answered.");
        }
        catch (VendorApiException ex)
        {
            return ConnectionTestResult.From(ex, Stopwatch.GetElapsedTime(started));
        }
    }

    protected override async ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetAsync(cancellationToken));

    protected override ValueTask<bool> OnUnauthorizedAsync(CancellationToken cancellationToken)
    {
        _tokens.Invalidate();
        return ValueTask.FromResult(true);
    }

    protected override VendorError ReadError(HttpStatusCode status, string body) => CovaErrorReader.Read(status, body);

    private string CompanyId => int.TryParse(Connection.Require(CompanyIdSetting), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        ? id.ToString(CultureInfo.InvariantCulture)
        : throw Failure(VendorFailureKind.Configuration, $"The connection's '{CompanyIdSetting}' is not a number.");

    private int PageSize => int.TryParse(Connection.Settings.GetValueOrDefault(PageSizeSetting), out var size) && size is > 0 and <= 5000
        ? size
        : CovaQuery.DefaultPageSize;
}
