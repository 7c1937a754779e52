using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Portal.Vendors.Resilience;

/// <summary>The resilience state of every connection, created on first use and kept for the process.</summary>
public sealed class ConnectionPipelines(IOptions<VendorResilienceOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<int, Lazy<ConnectionPipeline>> _byConnection = new();

    public ConnectionPipeline For(int connectionId) =>
        _byConnection.GetOrAdd(connectionId, _ => new Lazy<ConnectionPipeline>(() => new ConnectionPipeline(options.Value, time))).Value;

    public ConnectionHealthSnapshot? HealthOf(int connectionId) =>
        _byConnection.TryGetValue(connectionId, out var p) && p.IsValueCreated ? p.Value.Health.Snapshot() : null;

    /// <summary>Forget a connection's state (after its settings change or it is deleted).</summary>
    public void Reset(int connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var p) && p.IsValueCreated)
        {
            p.Value.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var p in _byConnection.Values.Where(p => p.IsValueCreated))
        {
            p.Value.Dispose();
        }
    }
}
