namespace Portal.Features.Customers.Search;

/// <summary>
/// Keeps a stream of searches in order: each <see cref="RunAsync{T}"/> supersedes the ones before it. A superseded
/// run stops waiting out its debounce (its search never starts) or, if its search already ran, reports
/// <see cref="SearchOutcome{T}.IsCurrent"/> false, so a slow old answer never overwrites a newer one. No timers of its
/// own beyond the debounce delay, so it is tested by ordering tasks, not by waiting.
/// </summary>
public sealed class SearchSequencer : IDisposable
{
    private readonly Lock _gate = new();
    private long _latest;
    private CancellationTokenSource? _current;

    /// <summary>Waits <paramref name="debounce"/> unless superseded, then searches; the outcome says whether it is still the latest.</summary>
    public async Task<SearchOutcome<T>> RunAsync<T>(TimeSpan debounce, Func<CancellationToken, Task<T>> search)
    {
        long ticket;
        CancellationToken token;
        CancellationTokenSource? previous;
        lock (_gate)
        {
            ticket = ++_latest;
            previous = _current;
            _current = new CancellationTokenSource();
            token = _current.Token;
        }
        // Outside the lock and after the ticket moved on: a superseded run's continuation may run right here.
        previous?.Cancel();
        try
        {
            if (debounce > TimeSpan.Zero)
            {
                await Task.Delay(debounce, token);
            }
            var result = await search(token);
            return IsLatest(ticket) ? SearchOutcome<T>.Current(result) : SearchOutcome<T>.Superseded;
        }
        catch (Exception) when (!IsLatest(ticket))
        {
            return SearchOutcome<T>.Superseded; // whatever an outdated search did (cancelled, failed) no longer matters
        }
    }

    /// <summary>Supersedes whatever is running (e.g. the page is leaving).</summary>
    public void Cancel()
    {
        CancellationTokenSource? previous;
        lock (_gate)
        {
            _latest++;
            previous = _current;
            _current = null;
        }
        previous?.Cancel();
    }

    public void Dispose() => Cancel();

    private bool IsLatest(long ticket)
    {
        lock (_gate)
        {
            return ticket == _latest;
        }
    }
}

/// <summary>A search's result, or word that a newer search replaced it.</summary>
public readonly record struct SearchOutcome<T>(bool IsCurrent, T? Value)
{
    public static SearchOutcome<T> Superseded => new(false, default);

    public static SearchOutcome<T> Current(T value) => new(true, value);
}
