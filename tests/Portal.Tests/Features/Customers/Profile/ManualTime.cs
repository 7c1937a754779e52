namespace Portal.Tests.Features.Customers.Profile;

/// <summary>A clock whose timers fire only when the test says so (no waiting in unit tests).</summary>
public sealed class ManualTime : TimeProvider
{
    private readonly List<(TimerCallback Callback, object? State)> _timers = [];

    public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _timers.Add((callback, state));
        return new NoTimer();
    }

    /// <summary>Runs every timer created so far, as if their time had come.</summary>
    public void FireAll()
    {
        foreach (var (callback, state) in _timers.ToList())
        {
            callback(state);
        }
    }

    private sealed class NoTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
