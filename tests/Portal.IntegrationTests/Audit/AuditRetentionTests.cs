using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>Retention removes a prefix through the permit, writes a checkpoint, and the chain still verifies.</summary>
public sealed class AuditRetentionTests : AuditStoreTests
{
    internal override async Task SeedAsync(AuditTestStore store)
    {
        await store.AppendAsync(10);
    }

    [Fact]
    public async Task RunRetention_NothingExpired_RemovesNothingAndWritesNoCheckpoint()
    {
        var result = await Store.Writer.RunRetentionAsync(DateTime.UtcNow.AddDays(-400));

        Assert.Null(result.Removed);
        Assert.Equal(10, (await Store.VerifyAsync()).Count);
    }

    [Fact]
    public async Task RunRetention_TwiceWithAppendsBetween_ChainStillVerifies()
    {
        var first = await Store.Writer.RunRetentionAsync(DateTime.UtcNow.AddDays(1));
        await Store.AppendAsync(4);
        var second = await Store.Writer.RunRetentionAsync(DateTime.UtcNow.AddDays(1));
        await Store.AppendAsync(2);

        var result = await Store.VerifyAsync();

        Assert.Equal((1L, 10L), (first.Removed?.FromSequence, first.Removed?.ThroughSequence));
        Assert.Equal(11, first.CheckpointSequence);
        // The second run removes everything before it, the first checkpoint included; its own checkpoint vouches for all.
        Assert.Equal(1 + 2, result.Count);
        Assert.Equal((11L, 15L), (second.Removed?.FromSequence, second.Removed?.ThroughSequence));
        Assert.True(result.Intact, result.Summary);
    }

    [Fact]
    public async Task RunRetention_CutoffBetweenEntries_RemovesOnlyTheOlderPrefix()
    {
        var result = await Store.Writer.RunRetentionAsync(TimeOf(6));

        Assert.Equal((1L, 5L), (result.Removed?.FromSequence, result.Removed?.ThroughSequence));
        Assert.True((await Store.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Verify_MoreRemovedThanTheCheckpointVouchesFor_FailsAtFirstUnvouched()
    {
        await Store.Writer.RunRetentionAsync(TimeOf(6));
        var result = await Store.TamperAndVerifyAsync("DELETE FROM AuditEntries WHERE Sequence IN (6, 7)");

        // 1-5 went by retention (its checkpoint, entry 11, says so); 6 and 7 went without a permit.
        Assert.Equal(6, result.Problem?.Sequence);
    }

    [Fact]
    public async Task RunOnce_MoreExpiredThanOneStep_RemovesStepByStepAndChainVerifies()
    {
        var service = new AuditRetentionService(Store.Writer, new HeldEverywhere(),
            Options.Create(new AuditOptions { RetentionDays = 1, RetentionStepSize = 3 }), new ShiftedClock(TimeSpan.FromDays(2)),
            NullLogger<AuditRetentionService>.Instance);

        await service.RunOnceAsync(new AuditOptions { RetentionDays = 1, RetentionStepSize = 3 }, CancellationToken.None);

        // Steps 1-3, 4-6, 7-9 (checkpoints 11-13), then 10-12, which reaches this run's own checkpoints: stop.
        var result = await Store.VerifyAsync();
        Assert.True(result.Intact, result.Summary);
        Assert.Equal(2, result.Count);
    }

    /// <summary>"Now" two days ahead, so everything already written has expired.</summary>
    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }

    private DateTime TimeOf(long sequence)
    {
        using var db = Store.OpenRaw();
        var text = (string?)AuditTestStore.Scalar(db, $"SELECT TimestampUtc FROM AuditEntries WHERE Sequence = {sequence}");
        return DateTime.SpecifyKind(DateTime.Parse(text ?? "", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }
}

/// <summary>A single instance: every standing lease is this one's.</summary>
internal sealed class HeldEverywhere : Portal.Data.Leases.IStandingLeases
{
    public event Action<string>? Acquired
    {
        add { }
        remove { }
    }

    public TimeSpan RenewEvery => TimeSpan.FromSeconds(10);

    public bool IsHeld(string name) => true;

    public Task<bool> HoldNowAsync(string name, CancellationToken ct) => Task.FromResult(true);
}
