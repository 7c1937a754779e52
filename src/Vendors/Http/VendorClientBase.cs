using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Portal.Vendors.Http;

/// <summary>
/// Shared plumbing of the vendor clients: builds requests against the connection's base URL, adds the vendor's
/// authentication, reads JSON, and turns every failure into one <see cref="VendorApiException"/> built from the
/// vendor's error format. The resilience handler (timeouts, retries, breaker) sits below, in the HttpClient.
/// </summary>
public abstract class VendorClientBase(HttpClient http, VendorConnection connection)
{
    protected VendorConnection Connection => connection;

    /// <summary>Adds the vendor's credentials to a request.</summary>
    protected abstract ValueTask AuthorizeAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <summary>Reads the vendor's error body (it may be empty or not JSON at all).</summary>
    protected abstract VendorError ReadError(HttpStatusCode status, string body);

    /// <summary>Called once after a 401 before giving up (e.g. to refresh an OAuth token); true to try again.</summary>
    protected virtual ValueTask<bool> OnUnauthorizedAsync(CancellationToken cancellationToken) => ValueTask.FromResult(false);

    /// <summary>GET a JSON resource; 404 gives null.</summary>
    protected async Task<T?> GetOrNullAsync<T>(string relativeUrl, CancellationToken ct) where T : class
    {
        using var response = await SendCoreAsync(HttpMethod.Get, relativeUrl, null, ct, allowNotFound: true);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<T>(response, ct);
    }

    /// <summary>Sends a request (JSON body when given) and reads a JSON answer.</summary>
    protected async Task<T> SendAsync<T>(HttpMethod method, string relativeUrl, HttpContent? content, CancellationToken ct)
    {
        using var response = await SendCoreAsync(method, relativeUrl, content, ct, allowNotFound: false);
        return await ReadAsync<T>(response, ct);
    }

    /// <summary>Sends a request with extra headers (e.g. an Idempotency-Key) and reads a JSON answer.</summary>
    protected async Task<T> SendAsync<T>(
        HttpMethod method, string relativeUrl, HttpContent? content, IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        using var response = await SendCoreAsync(method, relativeUrl, content, ct, allowNotFound: false, headers);
        return await ReadAsync<T>(response, ct);
    }

    /// <summary>GET a JSON answer together with its response headers (for vendors that signal paging in a header).</summary>
    protected async Task<(T Body, HttpResponseHeaders Headers)> GetWithHeadersAsync<T>(string relativeUrl, CancellationToken ct)
    {
        using var response = await SendCoreAsync(HttpMethod.Get, relativeUrl, null, ct, allowNotFound: false);
        return (await ReadAsync<T>(response, ct), response.Headers);
    }

    /// <summary>Sends a request whose answer body does not matter.</summary>
    protected async Task SendAsync(HttpMethod method, string relativeUrl, HttpContent? content, CancellationToken ct)
    {
        using var response = await SendCoreAsync(method, relativeUrl, content, ct, allowNotFound: false);
    }

    protected static HttpContent Json<T>(T body, string mediaType = "application/json") =>
        new StringContent(JsonSerializer.Serialize(body, VendorJson.Options), Encoding.UTF8, mediaType);

    protected VendorApiException Failure(VendorFailureKind kind, string message, HttpResponseMessage? response = null, Exception? inner = null) =>
        new(connection.Vendor, connection.Name, kind, message, inner)
        {
            StatusCode = response?.StatusCode,
            RequestId = RequestIdOf(response),
            RetryAfter = response?.Headers.RetryAfter?.Delta,
        };

    /// <summary>
    /// Sends a request (authorised, refreshed once on 401) and returns the buffered answer for the caller to read and
    /// dispose, e.g. a 204 or a file download; failures are already thrown as <see cref="VendorApiException"/>.
    /// </summary>
    protected async Task<HttpResponseMessage> SendCoreAsync(
        HttpMethod method, string url, HttpContent? content, CancellationToken ct, bool allowNotFound,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var body = content is null ? null : await content.ReadAsByteArrayAsync(ct);
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, new Uri(connection.BaseUrl, url.TrimStart('/')));
            if (body is not null && content is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = content.Headers.ContentType;
            }
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
            request.Options.Set(VendorRequest.Connection, connection);
            await AuthorizeAsync(request, ct);
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            if (response.IsSuccessStatusCode || (allowNotFound && response.StatusCode == HttpStatusCode.NotFound))
            {
                return response;
            }
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0 && await OnUnauthorizedAsync(ct))
            {
                response.Dispose();
                continue;
            }
            using (response)
            {
                throw await ErrorAsync(response, ct);
            }
        }
    }

    private async Task<VendorApiException> ErrorAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        var error = ReadError(response.StatusCode, text);
        var kind = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => VendorFailureKind.Unauthorized,
            HttpStatusCode.Forbidden => VendorFailureKind.Forbidden,
            HttpStatusCode.NotFound => VendorFailureKind.NotFound,
            HttpStatusCode.TooManyRequests => VendorFailureKind.RateLimited,
            >= HttpStatusCode.InternalServerError => VendorFailureKind.ServerError,
            _ => VendorFailureKind.Rejected,
        };
        var message = $"HTTP {(int)response.StatusCode}: {error.Message}";
        return new VendorApiException(connection.Vendor, connection.Name, kind, message)
        {
            StatusCode = response.StatusCode,
            ErrorCode = error.Code,
            RequestId = RequestIdOf(response),
            RetryAfter = response.Headers.RetryAfter?.Delta,
        };
    }

    /// <summary>Reads a JSON answer; an empty or unparsable body is Malformed.</summary>
    protected async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            return await JsonSerializer.DeserializeAsync<T>(stream, VendorJson.Options, ct)
                ?? throw Failure(VendorFailureKind.Malformed, "The vendor answered with an empty body.", response);
        }
        catch (JsonException ex)
        {
            throw Failure(VendorFailureKind.Malformed, "The vendor's answer is not valid JSON.", response, ex);
        }
    }

    private static string? RequestIdOf(HttpResponseMessage? response)
    {
        foreach (var name in (string[])["X-Request-Id", "Request-Id", "X-Correlation-Id", "x-amzn-RequestId"])
        {
            if (response is not null && response.Headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }
        return null;
    }
}
