using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>Retention removes a prefix through the permit, writes a checkpoint, and the chain still verifies.</summary>
public sealed class AuditRetentionTests : IAsyncLifetime
{
    private AuditTestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await AuditTestStore.CreateAsync();
        await _store.AppendAsync(10);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task RunRetention_NothingExpired_RemovesNothingAndWritesNoCheckpoint()
    {
        var result = await _store.Writer.RunRetentionAsync(DateTime.UtcNow.AddDays(-400));

        Assert.Null(result.Removed);
        Assert.Equal(10, (await _store.VerifyAsync()).Count);
    }

    [Fact]
    public async Task RunRetention_TwiceWithAppendsBetween_ChainStillVerifies()
    {
        var first = await _store.Writer.RunRetentionAsync(DateTime.UtcNow.AddDays(1));
        await _store.AppendAsync(4);
        var second = await _store.Writer.RunRetentionAsync(DateTime.UtcNow.AddDays(1));
        await _store.AppendAsync(2);

        var result = await _store.VerifyAsync();

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
        var result = await _store.Writer.RunRetentionAsync(TimeOf(6));

        Assert.Equal((1L, 5L), (result.Removed?.FromSequence, result.Removed?.ThroughSequence));
        Assert.True((await _store.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Verify_MoreRemovedThanTheCheckpointVouchesFor_FailsAtFirstUnvouched()
    {
        await _store.Writer.RunRetentionAsync(TimeOf(6));
        using (var db = _store.OpenAsAttacker())
        {
            AuditTestStore.Execute(db, "DELETE FROM AuditEntries WHERE Sequence IN (6, 7)");
        }

        var result = await _store.VerifyAsync();

        // 1-5 went by retention (its checkpoint, entry 11, says so); 6 and 7 went without a permit.
        Assert.Equal(6, result.Problem?.Sequence);
    }

    private DateTime TimeOf(long sequence)
    {
        using var db = _store.OpenRaw();
        var text = (string?)AuditTestStore.Scalar(db, $"SELECT TimestampUtc FROM AuditEntries WHERE Sequence = {sequence}");
        return DateTime.SpecifyKind(DateTime.Parse(text ?? "", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
    }
}
