using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Portal.Security.Throttling;

public interface IActionThrottle
{
    /// <summary>Takes one permit of <paramref name="action"/> for the user, or throws <see cref="ActionThrottledException"/>.</summary>
    void Demand(UserContext user, ExpensiveAction action);
}

/// <summary>
/// Per-user allowances for expensive circuit actions, on the framework's partitioned limiter (a fixed window per
/// user and action). Circuits do not pass through the HTTP rate-limiting middleware, so services ask here instead.
/// </summary>
internal sealed class ActionThrottle(IOptions<RateLimitOptions> options) : IActionThrottle, IDisposable
{
    private readonly PartitionedRateLimiter<(string User, ExpensiveAction Action)> _limiter =
        PartitionedRateLimiter.Create<(string User, ExpensiveAction Action), (string, ExpensiveAction)>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.PermitsFor(k.Item2),
                Window = options.Value.UserActionWindow,
                QueueLimit = 0,
            }));

    public void Demand(UserContext user, ExpensiveAction action)
    {
        using var lease = _limiter.AttemptAcquire((user.UserId ?? "anonymous", action));
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.UserActionWindow;
            throw new ActionThrottledException(action, retryAfter);
        }
    }

    public void Dispose() => _limiter.Dispose();
}
