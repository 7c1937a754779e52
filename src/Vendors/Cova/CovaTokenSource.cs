using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Vendors.Http;

namespace Portal.Vendors.Cova;

/// <summary>
/// Gets Cova access tokens with the OAuth2 password grant (form fields grant_type, client_id, client_secret, username,
/// password) at the connection's "tokenUrl", through the shared cache. Tokens are never logged or put in messages.
/// </summary>
public sealed class CovaTokenSource(HttpClient http, VendorConnection connection, CovaTokenCache cache)
{
    public const string TokenUrlSetting = "tokenUrl";

    /// <summary>The vendor FAQ: tokens last 12 hours when the answer does not say.</summary>
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(12);

    private readonly string _key = CacheKey(connection);

    public ValueTask<string> GetAsync(CancellationToken cancellationToken) => cache.GetAsync(_key, FetchAsync, cancellationToken);

    public void Invalidate() => cache.Invalidate(_key);

    private async Task<CovaIssuedToken> FetchAsync(CancellationToken ct)
    {
        var tokenUrl = Uri.TryCreate(connection.Require(TokenUrlSetting), UriKind.Absolute, out var url) ? url
            : throw Fail(VendorFailureKind.Configuration, $"The connection's '{TokenUrlSetting}' is not an absolute URL.");
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password",
                ["client_id"] = Secret("clientId"),
                ["client_secret"] = Secret("clientSecret"),
                ["username"] = Secret("username"),
                ["password"] = Secret("password"),
            }),
        };
        request.Options.Set(VendorRequest.Connection, connection);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (VendorApiException ex) when (ex.Kind == VendorFailureKind.OutcomeUnknown)
        {
            // Asking for a token changes nothing at the vendor, so "outcome unknown" is just a failed call.
            throw Fail(ex.InnerException is HttpRequestException ? VendorFailureKind.Network : VendorFailureKind.Timeout,
                "The token call got no answer.", ex);
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw TokenRefused(response.StatusCode, body, response.Headers.RetryAfter?.Delta);
            }
            var token = TryRead<TokenAnswer>(body);
            return string.IsNullOrEmpty(token?.AccessToken)
                ? throw Fail(VendorFailureKind.Malformed, "The token answer has no access_token.")
                : new CovaIssuedToken(token.AccessToken, token.ExpiresIn is > 0 and var s ? TimeSpan.FromSeconds(s) : DefaultLifetime);
        }
    }

    private VendorApiException TokenRefused(HttpStatusCode status, string body, TimeSpan? retryAfter)
    {
        var error = TryRead<OAuthError>(body);
        var kind = (int)status >= 500 ? VendorFailureKind.ServerError
            : status == HttpStatusCode.TooManyRequests ? VendorFailureKind.RateLimited
            : VendorFailureKind.Unauthorized;
        var message = $"The token call was refused (HTTP {(int)status}): {error?.Description ?? error?.Error ?? "no reason given"}";
        return new VendorApiException(connection.Vendor, connection.Name, kind, message) { StatusCode = status, ErrorCode = error?.Error, RetryAfter = retryAfter };
    }

    /// <summary>The answer as T, or null when it is not that JSON (a proxy page, a truncated body).</summary>
    private static T? TryRead<T>(string body) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, VendorJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string Secret(string name) => connection.Secrets.Get(name) is { Length: > 0 } value ? value
        : throw Fail(VendorFailureKind.Configuration, $"The connection has no credential '{name}'.");

    private VendorApiException Fail(VendorFailureKind kind, string message, Exception? inner = null) =>
        new(connection.Vendor, connection.Name, kind, message, inner);

    /// <summary>Connection id plus a hash of where and with what it signs in: new credentials mean a new token.</summary>
    private static string CacheKey(VendorConnection c)
    {
        var material = string.Join('\n', c.Settings.GetValueOrDefault(TokenUrlSetting), c.Secrets.Get("clientId"),
            c.Secrets.Get("clientSecret"), c.Secrets.Get("username"), c.Secrets.Get("password"));
        return $"{c.Id}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(material)))}";
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("token_type")] string? TokenType,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn)
    {
        // Keeps the generated ToString from printing the token.
        private bool PrintMembers(System.Text.StringBuilder builder) => builder.Append("token").Length > 0;
    }

    private sealed record OAuthError(
        [property: JsonPropertyName("error")] string? Error,
        [property: JsonPropertyName("error_description")] string? Description);
}
