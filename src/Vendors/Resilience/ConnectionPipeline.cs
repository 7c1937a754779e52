using System.Net;
using System.Threading.RateLimiting;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Portal.Vendors.Resilience;

/// <summary>
/// One connection's resilience state: overall deadline, retries (safe requests only, jittered backoff,
/// Retry-After honoured), circuit breaker, attempt timeout, and a concurrency limit.
/// </summary>
public sealed class ConnectionPipeline : IDisposable
{
    /// <summary>Set per call: whether the request may be retried (GET/HEAD/OPTIONS).</summary>
    public static readonly ResiliencePropertyKey<bool> SafeToRetry = new("portal.safe-to-retry");

    public ConnectionPipeline(VendorResilienceOptions o, TimeProvider time)
    {
        var breakerState = new CircuitBreakerStateProvider();
        Health = new ConnectionHealth(breakerState);
        Limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = o.MaxConcurrency,
            QueueLimit = o.MaxQueue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        Pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(o.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(o.MaxRetries, 1),
                Delay = o.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    o.MaxRetries > 0 && args.Context.Properties.GetValue(SafeToRetry, false) && IsTransient(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, o.MaxRetryAfter)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = o.BreakerFailureRatio,
                MinimumThroughput = o.BreakerMinimumThroughput,
                SamplingDuration = o.BreakerSamplingDuration,
                BreakDuration = o.BreakerBreakDuration,
                StateProvider = breakerState,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(o.AttemptTimeout)
            .Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    public ConcurrencyLimiter Limiter { get; }

    public ConnectionHealth Health { get; }

    /// <summary>5xx, 408, 429, a timeout or a network failure: worth retrying (if safe) and counted by the breaker.</summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } r } => (int)r.StatusCode >= 500 || r.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests,
        _ => false,
    };

    /// <summary>The vendor's Retry-After (delta or date) when it is within the limit; otherwise the backoff applies.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return wait is { } w && w >= TimeSpan.Zero && w <= max ? w : null;
    }

    public void Dispose() => Limiter.Dispose();
}
