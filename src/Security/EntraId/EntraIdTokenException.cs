namespace Portal.Security.EntraId;

/// <summary>Why an id token was refused, in words safe to log and audit (no token content).</summary>
public enum EntraIdTokenProblem { Missing, Signature, Audience, Issuer, Expired, Nonce, Invalid }

/// <summary>An id token from the identity provider that the portal refused.</summary>
public sealed class EntraIdTokenException(EntraIdTokenProblem problem, Exception? inner = null)
    : Exception($"The Microsoft Entra ID id token was refused: {problem}.", inner)
{
    public EntraIdTokenProblem Problem { get; } = problem;
}
