using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Portal.Security.EntraId;

/// <summary>
/// The framework's OAuth code flow (state, correlation cookie, PKCE, code exchange) with what OpenID Connect adds:
/// a nonce in the authorisation request, kept in the protected state, and a validated id token as the identity.
/// </summary>
internal sealed class EntraIdHandler(
    IOptionsMonitor<OAuthOptions> options, ILoggerFactory logger, UrlEncoder encoder, EntraIdTokenValidator validator)
    : OAuthHandler<OAuthOptions>(options, logger, encoder)
{
    private const string NonceKey = "portal.entra.nonce";

    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        // Set before the base class protects the properties into the state parameter.
        var nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        properties.Items[NonceKey] = nonce;
        return QueryHelpers.AddQueryString(base.BuildChallengeUrl(properties, redirectUri), "nonce", nonce);
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(
        ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        var idToken = tokens.Response?.RootElement.TryGetProperty("id_token", out var value) == true
            && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
        properties.Items.TryGetValue(NonceKey, out var nonce);
        properties.Items.Remove(NonceKey);
        var claims = await validator.ValidateAsync(idToken, nonce, Context.RequestAborted);
        identity.AddClaims(claims.Where(c => c.Type != EntraIdClaims.Nonce));
        return new AuthenticationTicket(new ClaimsPrincipal(identity), properties, Scheme.Name);
    }
}
