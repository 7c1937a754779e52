using Polly.CircuitBreaker;

namespace Portal.Vendors.Resilience;

/// <summary>What the admin sees of a connection: last success, last failure and its message, breaker state, latency.</summary>
public sealed record ConnectionHealthSnapshot(
    DateTimeOffset? LastSuccessUtc,
    DateTimeOffset? LastFailureUtc,
    string? LastFailureMessage,
    string BreakerState,
    TimeSpan? AverageLatency,
    int RecentCalls);

/// <summary>Thread-safe running health of one connection (the last 20 call latencies).</summary>
public sealed class ConnectionHealth(CircuitBreakerStateProvider breaker)
{
    private const int Window = 20;
    private readonly Lock _gate = new();
    private readonly Queue<TimeSpan> _latencies = new();
    private DateTimeOffset? _lastSuccess;
    private DateTimeOffset? _lastFailure;
    private string? _lastFailureMessage;

    public void RecordSuccess(TimeSpan latency)
    {
        lock (_gate)
        {
            _lastSuccess = DateTimeOffset.UtcNow;
            Add(latency);
        }
    }

    public void RecordFailure(TimeSpan latency, string message)
    {
        lock (_gate)
        {
            _lastFailure = DateTimeOffset.UtcNow;
            _lastFailureMessage = message;
            Add(latency);
        }
    }

    public ConnectionHealthSnapshot Snapshot()
    {
        lock (_gate)
        {
            TimeSpan? average = _latencies.Count == 0 ? null : TimeSpan.FromTicks((long)_latencies.Average(l => l.Ticks));
            return new(_lastSuccess, _lastFailure, _lastFailureMessage, breaker.CircuitState.ToString(), average, _latencies.Count);
        }
    }

    private void Add(TimeSpan latency)
    {
        _latencies.Enqueue(latency);
        while (_latencies.Count > Window)
        {
            _latencies.Dequeue();
        }
    }
}
