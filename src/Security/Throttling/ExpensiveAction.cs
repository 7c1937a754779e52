namespace Portal.Security.Throttling;

/// <summary>Circuit and endpoint actions that cost vendor calls or expose data in bulk, limited per user.</summary>
public enum ExpensiveAction
{
    LiveSearch,
    Export,
    Reveal,
}

public static class ExpensiveActionNames
{
    public static string Describe(this ExpensiveAction action) => action switch
    {
        ExpensiveAction.LiveSearch => "live vendor searches",
        ExpensiveAction.Export => "exports",
        ExpensiveAction.Reveal => "reveals of sensitive values",
        _ => action.ToString(),
    };
}

/// <summary>Thrown when a user has used up an action's allowance; the message says when to try again.</summary>
public sealed class ActionThrottledException(ExpensiveAction action, TimeSpan retryAfter)
    : Exception($"Too many {action.Describe()} in a short time. Try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} s.")
{
    public ExpensiveAction Action { get; } = action;

    public TimeSpan RetryAfter { get; } = retryAfter;
}
