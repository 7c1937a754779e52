using System.Collections.Concurrent;

namespace Portal.Vendors.Cova;

/// <summary>An access token as issued: the value and how long the vendor says it lives.</summary>
public sealed class CovaIssuedToken(string accessToken, TimeSpan lifetime)
{
    public string AccessToken { get; } = accessToken;

    public TimeSpan Lifetime { get; } = lifetime;

    public override string ToString() => $"[token, {Lifetime.TotalSeconds:0} s]";
}

/// <summary>
/// Cova access tokens, one per connection (keyed by connection id and a fingerprint of its credentials, so edited
/// credentials never reuse an old token). A token is refreshed a little before it expires (a tenth of its life, at
/// most five minutes) and dropped after a 401. One fetch at a time per connection. Tokens live only in memory.
/// </summary>
public sealed class CovaTokenCache(TimeProvider time)
{
    private static readonly TimeSpan MaxMargin = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<string> GetAsync(string key, Func<CancellationToken, Task<CovaIssuedToken>> fetch, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(key, _ => new Entry());
        if (Fresh(entry) is { } token)
        {
            return token;
        }
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(entry) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }
            var issued = await fetch(cancellationToken);
            var margin = TimeSpan.FromTicks(Math.Min(MaxMargin.Ticks, issued.Lifetime.Ticks / 10));
            entry.Current = new Cached(issued.AccessToken, time.GetUtcNow() + issued.Lifetime - margin);
            return issued.AccessToken;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    /// <summary>Forgets the connection's token (the vendor refused it), so the next call fetches a new one.</summary>
    public void Invalidate(string key)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Current = null;
        }
    }

    private string? Fresh(Entry entry) => entry.Current is { } c && time.GetUtcNow() < c.RefreshAt ? c.AccessToken : null;

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public volatile Cached? Current;
    }

    /// <summary>A class, not a record, so that no generated ToString can print the token.</summary>
    private sealed class Cached(string accessToken, DateTimeOffset refreshAt)
    {
        public string AccessToken { get; } = accessToken;

        public DateTimeOffset RefreshAt { get; } = refreshAt;
    }
}
