using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Portal.Security.EntraId;

/// <summary>
/// Validates Entra id tokens against the tenant's published discovery document and signing keys: signature,
/// issuer, audience (our client id), expiry and the nonce the challenge sent. Keys are cached by the
/// ConfigurationManager and refreshed once when a token names a key we do not know (key rotation).
/// </summary>
public sealed class EntraIdTokenValidator
{
    private readonly EntraIdOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configuration;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public EntraIdTokenValidator(IOptions<EntraIdOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(EntraIdExtensions.MetadataClient))
        {
            RequireHttps = _options.RequireHttps,
        };
        _configuration = new ConfigurationManager<OpenIdConnectConfiguration>(
            _options.MetadataAddress, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <summary>Returns the token's claims, or throws <see cref="EntraIdTokenException"/>.</summary>
    public async Task<IReadOnlyList<Claim>> ValidateAsync(string? idToken, string? expectedNonce, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(idToken))
        {
            throw new EntraIdTokenException(EntraIdTokenProblem.Missing);
        }
        var result = await ValidateOnceAsync(idToken, cancellationToken);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            _configuration.RequestRefresh();
            result = await ValidateOnceAsync(idToken, cancellationToken);
        }
        if (!result.IsValid)
        {
            throw new EntraIdTokenException(Classify(result.Exception), result.Exception);
        }
        var nonce = result.ClaimsIdentity.FindFirst(EntraIdClaims.Nonce)?.Value;
        if (string.IsNullOrEmpty(expectedNonce) || !string.Equals(nonce, expectedNonce, StringComparison.Ordinal))
        {
            throw new EntraIdTokenException(EntraIdTokenProblem.Nonce);
        }
        return result.ClaimsIdentity.Claims.ToList();
    }

    private async Task<TokenValidationResult> ValidateOnceAsync(string idToken, CancellationToken cancellationToken)
    {
        var configuration = await _configuration.GetConfigurationAsync(cancellationToken);
        return await _handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = _options.ClientId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(2),
        });
    }

    private static EntraIdTokenProblem Classify(Exception? exception) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => EntraIdTokenProblem.Signature,
        SecurityTokenInvalidAudienceException => EntraIdTokenProblem.Audience,
        SecurityTokenInvalidIssuerException => EntraIdTokenProblem.Issuer,
        SecurityTokenExpiredException or SecurityTokenNoExpirationException => EntraIdTokenProblem.Expired,
        _ => EntraIdTokenProblem.Invalid,
    };
}
