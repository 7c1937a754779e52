using Portal.Features.Customers.Search;

namespace Portal.Tests.Features.Customers;

/// <summary>The search page's ordering rules, driven by completing tasks in chosen orders (no waiting on time).</summary>
public sealed class SearchSequencerTests
{
    private static readonly TimeSpan LongDebounce = TimeSpan.FromHours(1);

    [Fact]
    public async Task RunAsync_OlderAnswerArrivesLast_IsSupersededAndNewerStands()
    {
        using var sequencer = new SearchSequencer();
        var older = new TaskCompletionSource<string>();
        var newer = new TaskCompletionSource<string>();

        var first = sequencer.RunAsync(TimeSpan.Zero, _ => older.Task);
        var second = sequencer.RunAsync(TimeSpan.Zero, _ => newer.Task);
        newer.SetResult("ada lovelace");
        older.SetResult("ada");

        Assert.Equal(new SearchOutcome<string>(true, "ada lovelace"), await second);
        Assert.False((await first).IsCurrent);
    }

    [Fact]
    public async Task RunAsync_OlderAnswerArrivesFirst_IsStillSuperseded()
    {
        using var sequencer = new SearchSequencer();
        var older = new TaskCompletionSource<string>();
        var newer = new TaskCompletionSource<string>();

        var first = sequencer.RunAsync(TimeSpan.Zero, _ => older.Task);
        var second = sequencer.RunAsync(TimeSpan.Zero, _ => newer.Task);
        older.SetResult("ada");

        Assert.False((await first).IsCurrent);
        newer.SetResult("ada lovelace");
        Assert.True((await second).IsCurrent);
    }

    [Fact]
    public async Task RunAsync_NewInputDuringDebounce_OlderSearchNeverStarts()
    {
        using var sequencer = new SearchSequencer();
        var started = new List<string>();

        var typing = sequencer.RunAsync(LongDebounce, _ => { started.Add("a"); return Task.FromResult("a"); });
        var typed = sequencer.RunAsync(TimeSpan.Zero, _ => { started.Add("ada"); return Task.FromResult("ada"); });

        Assert.False((await typing).IsCurrent); // returns as soon as superseded, not after the hour
        Assert.Equal("ada", (await typed).Value);
        Assert.Equal(["ada"], started);
    }

    [Fact]
    public async Task RunAsync_SupersededSearchIsCancelled()
    {
        using var sequencer = new SearchSequencer();
        CancellationToken seen = default;
        var never = new TaskCompletionSource<string>();

        var first = sequencer.RunAsync(TimeSpan.Zero, ct => { seen = ct; return never.Task.WaitAsync(ct); });
        await sequencer.RunAsync(TimeSpan.Zero, _ => Task.FromResult("next"));

        Assert.True(seen.IsCancellationRequested);
        Assert.False((await first).IsCurrent);
    }

    [Fact]
    public async Task RunAsync_CurrentSearchFails_ErrorReachesCaller()
    {
        using var sequencer = new SearchSequencer();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            sequencer.RunAsync<string>(TimeSpan.Zero, _ => throw new InvalidOperationException("database gone")));
    }

    [Fact]
    public async Task RunAsync_SupersededSearchFails_ErrorIsDropped()
    {
        using var sequencer = new SearchSequencer();
        var failing = new TaskCompletionSource<string>();

        var first = sequencer.RunAsync(TimeSpan.Zero, _ => failing.Task);
        var second = sequencer.RunAsync(TimeSpan.Zero, _ => Task.FromResult("ok"));
        failing.SetException(new InvalidOperationException("late failure"));

        Assert.False((await first).IsCurrent);
        Assert.True((await second).IsCurrent);
    }

    [Fact]
    public async Task Cancel_PageLeaving_RunningSearchIsSuperseded()
    {
        using var sequencer = new SearchSequencer();
        var pending = new TaskCompletionSource<string>();
        var run = sequencer.RunAsync(TimeSpan.Zero, _ => pending.Task);

        sequencer.Cancel();
        pending.SetResult("too late");

        Assert.False((await run).IsCurrent);
    }
}
