using System.Collections.Concurrent;

namespace Portal.Sandbox;

/// <summary>
/// What each emulator received (method and path, newest last, at most 1,000 per vendor), so tests can count
/// attempts and prove that a write arrived exactly once. Readable at GET /sandbox/_requests/{vendor}.
/// </summary>
public sealed class SandboxRequestLog
{
    private const int Keep = 1000;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SandboxRequest>> _byVendor = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string vendor, string method, string pathAndQuery)
    {
        var queue = _byVendor.GetOrAdd(vendor, _ => new ConcurrentQueue<SandboxRequest>());
        queue.Enqueue(new SandboxRequest(DateTimeOffset.UtcNow, method, pathAndQuery));
        while (queue.Count > Keep && queue.TryDequeue(out _))
        {
        }
    }

    public IReadOnlyList<SandboxRequest> Of(string vendor) =>
        _byVendor.TryGetValue(vendor, out var queue) ? queue.ToArray() : [];

    public void Clear(string vendor) => _byVendor.TryRemove(vendor, out _);
}

public sealed record SandboxRequest(DateTimeOffset At, string Method, string Path);
