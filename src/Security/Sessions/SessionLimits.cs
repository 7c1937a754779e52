using System.Globalization;
using System.Security.Claims;

namespace Portal.Security.Sessions;

/// <summary>
/// How long a sign-in lasts: <c>Security:IdleTimeoutMinutes</c> without activity (default 30) and
/// <c>Security:AbsoluteTimeoutHours</c> in all (default 12), whatever the activity. Both apply to the cookie and to
/// open circuits, which do not send HTTP requests and so would otherwise outlive the cookie.
/// </summary>
public sealed class SessionLimits
{
    /// <summary>The moment of the password (or Microsoft) sign-in, carried through cookie renewals.</summary>
    public const string SignedInAtClaim = "portal:signed_in_at";

    public int IdleTimeoutMinutes { get; set; } = 30;

    public double AbsoluteTimeoutHours { get; set; } = 12;

    public TimeSpan Idle => TimeSpan.FromMinutes(IdleTimeoutMinutes);

    public TimeSpan Absolute => TimeSpan.FromHours(AbsoluteTimeoutHours);

    public static Claim SignedInAt(DateTimeOffset now) =>
        new(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    /// <summary>True when the principal's sign-in is older than the absolute limit, or carries no sign-in time.</summary>
    public bool IsExpired(ClaimsPrincipal principal, DateTimeOffset now) =>
        principal.FindFirst(SignedInAtClaim)?.Value is not { } value
        || !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
        || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > Absolute;
}
