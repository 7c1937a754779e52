namespace Portal.Security.Throttling;

/// <summary>Configuration section <c>Security:RateLimits</c>: how many attempts each window allows.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Security:RateLimits";

    /// <summary>Sign-in posts from one client address per window.</summary>
    public int SignInPerClient { get; set; } = 20;

    /// <summary>Sign-in posts naming one account per window, from anywhere (slows a spread-out guessing attack).</summary>
    public int SignInPerAccount { get; set; } = 10;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Per user: live vendor searches, exports and reveals of sensitive values per window.</summary>
    public int LiveSearchPerUser { get; set; } = 30;

    public int ExportPerUser { get; set; } = 10;

    public int RevealPerUser { get; set; } = 20;

    public TimeSpan UserActionWindow { get; set; } = TimeSpan.FromMinutes(1);

    public int PermitsFor(ExpensiveAction action) => action switch
    {
        ExpensiveAction.LiveSearch => LiveSearchPerUser,
        ExpensiveAction.Export => ExportPerUser,
        ExpensiveAction.Reveal => RevealPerUser,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
