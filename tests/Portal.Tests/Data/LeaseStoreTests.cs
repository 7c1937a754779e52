using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Data.Leases;

namespace Portal.Tests.Data;

/// <summary>Leases by conditional UPDATE: one holder at a time, renewal, lapse and release, on a hand-moved clock.</summary>
public sealed class LeaseStoreTests : IDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private readonly LeaseTestDatabase _db = new();

    [Fact]
    public async Task FirstTake_Held_OtherInstanceRefused()
    {
        var (a, b) = (_db.Store("a"), _db.Store("b"));

        var grant = await a.TryAcquireAsync("work", Duration);

        Assert.Equal((_db.Clock.Now + Duration, 1L), (grant?.ExpiresUtc, grant?.Version));
        Assert.Null(await b.TryAcquireAsync("work", Duration));
        Assert.Equal("a", await b.HolderAsync("work"));
    }

    [Fact]
    public async Task Holder_Renews_ExpiryMovesOnAndOthersStillRefused()
    {
        var (a, b) = (_db.Store("a"), _db.Store("b"));
        await a.TryAcquireAsync("work", Duration);
        _db.Clock.Advance(TimeSpan.FromSeconds(20));

        var renewed = await a.TryAcquireAsync("work", Duration);
        _db.Clock.Advance(TimeSpan.FromSeconds(20)); // past the first expiry, within the renewed one

        Assert.Equal(2L, renewed?.Version);
        Assert.Null(await b.TryAcquireAsync("work", Duration));
    }

    [Fact]
    public async Task HolderCrashed_LeaseLapses_OtherTakesOverAndFormerHolderCannotRenew()
    {
        var (a, b) = (_db.Store("a"), _db.Store("b"));
        await a.TryAcquireAsync("work", Duration);
        _db.Clock.Advance(Duration);

        var taken = await b.TryAcquireAsync("work", Duration);

        Assert.Equal(2L, taken?.Version);
        Assert.Null(await a.TryAcquireAsync("work", Duration));
        Assert.Equal("b", await a.HolderAsync("work"));
    }

    [Fact]
    public async Task Released_OtherTakesAtOnce_AndRelease_ByNonHolderChangesNothing()
    {
        var (a, b) = (_db.Store("a"), _db.Store("b"));
        await a.TryAcquireAsync("work", Duration);

        await b.ReleaseAsync("work");
        Assert.Equal("a", await a.HolderAsync("work"));
        await a.ReleaseAsync("work");

        Assert.Null(await a.HolderAsync("work"));
        Assert.NotNull(await b.TryAcquireAsync("work", Duration));
    }

    [Fact]
    public async Task Held_ListsUnexpiredLeasesUnderThePrefixOnly()
    {
        var a = _db.Store("a");
        await a.TryAcquireAsync("sync:connection:1", Duration);
        await a.TryAcquireAsync("sync:connection:2", TimeSpan.FromSeconds(5));
        await a.TryAcquireAsync("other", Duration);
        _db.Clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(["sync:connection:1"], await a.HeldAsync("sync:connection:"));
    }

    [Fact]
    public async Task Keeper_StopsCountingTheLeaseHeldBeforeItLapses_WhenItCannotRenew()
    {
        // Renewal an hour apart in real time (timers do not follow the hand-moved clock): none comes during the test.
        var options = Options.Create(new LeaseOptions { LeaseDuration = TimeSpan.FromHours(2), LeaseRenewEvery = TimeSpan.FromHours(1) });
        using var keeper = new LeaseKeeper(_db.Store("a"), [new StandingLease("work")], options, _db.Clock, NullLogger<LeaseKeeper>.Instance);
        var acquired = new TaskCompletionSource<string>();
        keeper.Acquired += name => acquired.TrySetResult(name);

        await keeper.StartAsync(CancellationToken.None);
        Assert.Equal("work", await acquired.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(keeper.IsHeld("work"));
        _db.Clock.Advance(TimeSpan.FromMinutes(61)); // an hour later, not renewed: 59 minutes before it lapses

        Assert.False(keeper.IsHeld("work"));
        await keeper.StopAsync(CancellationToken.None);
        Assert.Null(await _db.Store("b").HolderAsync("work"));
    }

    [Fact]
    public async Task HoldNow_KeeperRoundNotRunYet_TakesTheLeaseAtOnce_ButNotFromAnotherHolder()
    {
        // The keeper is never started: only HoldNowAsync can take the leases.
        var options = Options.Create(new LeaseOptions { LeaseDuration = TimeSpan.FromHours(2), LeaseRenewEvery = TimeSpan.FromHours(1) });
        using var keeper = new LeaseKeeper(_db.Store("a"), [new StandingLease("work"), new StandingLease("taken")], options, _db.Clock,
            NullLogger<LeaseKeeper>.Instance);
        await _db.Store("b").TryAcquireAsync("taken", Duration);

        Assert.False(keeper.IsHeld("work"));
        Assert.True(await keeper.HoldNowAsync("work", CancellationToken.None));
        Assert.True(keeper.IsHeld("work"));
        Assert.False(await keeper.HoldNowAsync("taken", CancellationToken.None));
        Assert.False(await keeper.HoldNowAsync("not-a-standing-lease", CancellationToken.None));
        Assert.Equal("a", await _db.Store("b").HolderAsync("work"));

        await keeper.StopAsync(CancellationToken.None);
        Assert.False(await keeper.HoldNowAsync("work", CancellationToken.None));
        Assert.Null(await _db.Store("b").HolderAsync("work"));
    }

    public void Dispose() => _db.Dispose();
}
