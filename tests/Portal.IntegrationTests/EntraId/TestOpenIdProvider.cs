using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Portal.IntegrationTests.EntraId;

/// <summary>What the next id token looks like.</summary>
public enum TokenFlavour { Good, WrongSignature, WrongAudience, Expired, WrongNonce, WrongIssuer }

/// <summary>
/// A small OpenID provider on loopback with Entra's URL layout (discovery, JWKS, authorize, token): authorize
/// redirects straight back with a code, and the token endpoint checks the client secret, redirect URI and the
/// PKCE verifier before it answers with an id token of the configured <see cref="Flavour"/>.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string TenantId = "7d3c2b1a-0000-4000-8000-000000000001";
    public const string ClientId = "portal-client-id";
    public const string ClientSecret = "portal-client-secret";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };
    private readonly RsaSecurityKey _impostor = new(RSA.Create(2048)) { KeyId = "test-key-1" };
    private readonly ConcurrentDictionary<string, (string Nonce, string Challenge, string RedirectUri)> _codes = new();
    private readonly WebApplication _app;

    public TestOpenIdProvider()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapGet($"/{TenantId}/v2.0/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer, ["authorization_endpoint"] = $"{Root}{TenantId}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{Root}{TenantId}/oauth2/v2.0/token", ["jwks_uri"] = $"{Root}{TenantId}/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" }, ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "pairwise" },
        }));
        _app.MapGet($"/{TenantId}/discovery/v2.0/keys", () => Results.Json(new { keys = new[] { PublicJwk() } }));
        _app.MapGet($"/{TenantId}/oauth2/v2.0/authorize", Authorize);
        _app.MapPost($"/{TenantId}/oauth2/v2.0/token", TokenAsync);
        _app.StartAsync().GetAwaiter().GetResult();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        Root = address.TrimEnd('/') + "/";
    }

    /// <summary>The Entra "instance" to configure, e.g. http://127.0.0.1:41234/.</summary>
    public string Root { get; }

    public string Issuer => $"{Root}{TenantId}/v2.0";

    public TokenFlavour Flavour { get; set; } = TokenFlavour.Good;

    /// <summary>The user the next token describes.</summary>
    public (string ObjectId, string Email, string Name, string[] AppRoles) User { get; set; } =
        ("oid-1", "entra.user@contoso.test", "Entra User", []);

    /// <summary>Requests that reached the token endpoint (0 means the flow stopped before the code exchange).</summary>
    public int TokenRequests;

    private IResult Authorize(HttpRequest request)
    {
        var q = request.Query;
        if (q["client_id"] != ClientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256" || string.IsNullOrEmpty(q["nonce"]))
        {
            return Results.BadRequest("authorize request is missing client_id, code flow, PKCE S256 or nonce");
        }
        var code = Guid.NewGuid().ToString("N");
        _codes[code] = (q["nonce"].ToString(), q["code_challenge"].ToString(), q["redirect_uri"].ToString());
        return Results.Redirect(QueryHelpers.AddQueryString(q["redirect_uri"].ToString(),
            new Dictionary<string, string?> { ["code"] = code, ["state"] = q["state"] }));
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        Interlocked.Increment(ref TokenRequests);
        var form = await request.ReadFormAsync();
        if (!_codes.TryRemove(form["code"].ToString(), out var grant) || form["client_id"] != ClientId
            || form["client_secret"] != ClientSecret || form["redirect_uri"] != grant.RedirectUri
            || Challenge(form["code_verifier"].ToString()) != grant.Challenge)
        {
            return Results.BadRequest(new { error = "invalid_grant" });
        }
        return Results.Json(new { token_type = "Bearer", access_token = "opaque", expires_in = 3600, id_token = IdToken(grant.Nonce) });
    }

    private string IdToken(string nonce)
    {
        var now = DateTime.UtcNow;
        var expired = Flavour == TokenFlavour.Expired;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Flavour == TokenFlavour.WrongIssuer ? $"{Root}another-tenant/v2.0" : Issuer,
            Audience = Flavour == TokenFlavour.WrongAudience ? "someone-else" : ClientId,
            IssuedAt = expired ? now.AddHours(-2) : now,
            NotBefore = expired ? now.AddHours(-2) : now,
            Expires = expired ? now.AddHours(-1) : now.AddHours(1),
            Claims = new Dictionary<string, object>
            {
                ["oid"] = User.ObjectId, ["tid"] = TenantId, ["sub"] = "pairwise-" + User.ObjectId, ["name"] = User.Name,
                ["preferred_username"] = User.Email, ["roles"] = User.AppRoles, ["ver"] = "2.0",
                ["nonce"] = Flavour == TokenFlavour.WrongNonce ? "a-replayed-nonce" : nonce,
            },
            SigningCredentials = new SigningCredentials(Flavour == TokenFlavour.WrongSignature ? _impostor : _key, SecurityAlgorithms.RsaSha256),
        });
    }

    private object PublicJwk()
    {
        var p = _key.Rsa.ExportParameters(false);
        return new { kty = "RSA", use = "sig", alg = "RS256", kid = _key.KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) };
    }

    private static string Challenge(string verifier) =>
        WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
