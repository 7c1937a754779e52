using System.ComponentModel.DataAnnotations;

namespace Portal.Vendors.Resilience;

/// <summary>Resilience of every vendor call (section "Vendors:Resilience"); each connection gets its own state.</summary>
public sealed class VendorResilienceOptions
{
    public const string Section = "Vendors:Resilience";

    /// <summary>Longest wait for one attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:02:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for a call including its retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Retries of safe (GET/HEAD) requests; writes are never retried blindly.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Longest Retry-After honoured; a longer one fails the call with the vendor's retry time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The breaker opens when this share of the recent calls failed...</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>...among at least this many calls...</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 5;

    /// <summary>...within this window.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the breaker stays open before one probe call is let through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "00:10:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Calls in flight at once per connection; more wait in line.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 8;

    [Range(0, 10_000)]
    public int MaxQueue { get; set; } = 64;
}
