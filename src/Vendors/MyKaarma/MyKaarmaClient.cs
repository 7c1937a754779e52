using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Portal.Vendors.Http;

namespace Portal.Vendors.MyKaarma;

/// <inheritdoc cref="IMyKaarmaClient"/>
public sealed class MyKaarmaClient(HttpClient http, VendorConnection connection) : VendorClientBase(http, connection), IMyKaarmaClient
{
    public const string DepartmentsSetting = "departmentUuids";

    VendorConnection IVendorClient.Connection => Connection;

    public IReadOnlyList<string> Departments =>
        (Connection.Settings.GetValueOrDefault(DepartmentsSetting) ?? "")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public async Task<MyKaarmaProfileData?> GetCustomerProfileAsync(string departmentUuid, string viewRequestToken, CancellationToken cancellationToken = default)
    {
        using var response = await SendCoreAsync(HttpMethod.Get, MyKaarmaPaths.ProfileData(departmentUuid, viewRequestToken), null,
            cancellationToken, allowNotFound: true);
        if (response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.NotFound)
        {
            return null;
        }
        var answer = await ReadAsync<MyKaarmaProfileResponse>(response, cancellationToken);
        if (answer.CustomerProfileDataRequestDto is null && answer.Errors is [var error, ..])
        {
            throw Failure(VendorFailureKind.Rejected, MyKaarmaErrorReader.Describe(error).Message, response);
        }
        return answer.CustomerProfileDataRequestDto;
    }

    public async Task<Page<MyKaarmaViewRequestRef>> ListOpenRequestTokensAsync(
        string departmentUuid, string? pageToken = null, int pageSize = MyKaarmaPaths.DefaultPageSize, CancellationToken cancellationToken = default)
    {
        var answer = await SendAsync<MyKaarmaViewRequestPage>(HttpMethod.Get,
            MyKaarmaPaths.OpenRequests(departmentUuid, pageSize, pageToken), null, cancellationToken);
        var next = string.IsNullOrEmpty(answer.NextPageToken) ? null : answer.NextPageToken;
        return new Page<MyKaarmaViewRequestRef>(answer.CustomerProfileViewRequests ?? [], null, next);
    }

    public IAsyncEnumerable<MyKaarmaViewRequestRef> ListAllOpenRequestTokensAsync(string departmentUuid, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((next, ct) => ListOpenRequestTokensAsync(departmentUuid, next, MyKaarmaPaths.DefaultPageSize, ct), null, cancellationToken);

    public async Task<MyKaarmaItem> SubmitReviewAsync(
        string departmentUuid, string vaultDataRequestUuid, string itemUuid, MyKaarmaReview review, string idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            throw new ArgumentException("A review needs an idempotency key so that a repeated call records it once.", nameof(idempotencyKey));
        }
        var headers = new Dictionary<string, string> { ["Idempotency-Key"] = idempotencyKey };
        var answer = await SendAsync<MyKaarmaReviewResponse>(HttpMethod.Post,
            MyKaarmaPaths.Review(departmentUuid, vaultDataRequestUuid, itemUuid), Json(review), headers, cancellationToken);
        return answer.Item ?? throw Failure(VendorFailureKind.Malformed, "myKaarma recorded the review but did not return the item.");
    }

    public async Task<MyKaarmaDocument> GetDocumentAsync(string fileUrl, CancellationToken cancellationToken = default)
    {
        var url = OnThisConnection(fileUrl)
            ?? throw Failure(VendorFailureKind.Rejected, "The document address is not on this connection, so its credentials are not sent there.");
        using var response = await SendCoreAsync(HttpMethod.Get, url.AbsoluteUri, null, cancellationToken, allowNotFound: false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var headers = response.Content.Headers;
        var fileName = headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"');
        return new MyKaarmaDocument(new MemoryStream(bytes, writable: false),
            headers.ContentType?.MediaType ?? "application/octet-stream", fileName, bytes.LongLength);
    }

    public async Task<ConnectionTestResult> TestConnectionAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var department = Departments.FirstOrDefault()
                ?? throw Failure(VendorFailureKind.Configuration, $"The connection has no '{DepartmentsSetting}'.");
            await ListOpenRequestTokensAsync(department, null, 1, cancellationToken);
            return new ConnectionTestResult(true, Stopwatch.GetElapsedTime(started), $"Department {department} answered.");
        }
        catch (VendorApiException ex)
        {
            return ConnectionTestResult.From(ex, Stopwatch.GetElapsedTime(started));
        }
    }

    protected override ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var user = Connection.Secrets.Get("username");
        var password = Connection.Secrets.Get("password");
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
        {
            throw Failure(VendorFailureKind.Configuration, "The connection has no username and password.");
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return ValueTask.CompletedTask;
    }

    protected override VendorError ReadError(HttpStatusCode status, string body) => MyKaarmaErrorReader.Read(status, body);

    /// <summary>The absolute file URL when it lies under the connection's base URL (same scheme, host, port, path prefix).</summary>
    private Uri? OnThisConnection(string fileUrl)
    {
        if (!Uri.TryCreate(Connection.BaseUrl, fileUrl, out var url))
        {
            return null;
        }
        var root = Connection.BaseUrl;
        var sameOrigin = url.Scheme == root.Scheme && string.Equals(url.Host, root.Host, StringComparison.OrdinalIgnoreCase) && url.Port == root.Port;
        return sameOrigin && url.AbsolutePath.StartsWith(root.AbsolutePath, StringComparison.Ordinal) && !url.AbsolutePath.Contains("/../", StringComparison.Ordinal)
            ? url
            : null;
    }
}
