using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>
/// Tampering directly in the SQLite file, triggers dropped first as an attacker with file access would: each kind
/// is caught, at the entry where it happened.
/// </summary>
public sealed class AuditTamperTests : IAsyncLifetime
{
    private AuditTestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await AuditTestStore.CreateAsync();
        await _store.AppendAsync(20);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [Fact]
    public async Task Verify_Untouched_IsIntactWithCount()
    {
        var result = await _store.VerifyAsync();

        Assert.True(result.Intact, result.Summary);
        Assert.Equal(20, result.Count);
        Assert.Contains("20 entries", result.Summary);
    }

    [Fact]
    public async Task Verify_FieldEdited_FailsAtThatEntry()
    {
        using (var db = _store.OpenAsAttacker())
        {
            AuditTestStore.Execute(db, "UPDATE AuditEntries SET Outcome = 'Succeeded', Detail = 'nothing to see' WHERE Sequence = 5");
        }

        var result = await _store.VerifyAsync();

        Assert.False(result.Intact);
        Assert.Equal(5, result.Problem?.Sequence);
        Assert.Contains("altered", result.Problem?.Text);
    }

    [Fact]
    public async Task Verify_RowDeleted_FailsAtTheMissingEntry()
    {
        using (var db = _store.OpenAsAttacker())
        {
            AuditTestStore.Execute(db, "DELETE FROM AuditEntries WHERE Sequence = 7");
        }

        var result = await _store.VerifyAsync();

        Assert.Equal(7, result.Problem?.Sequence);
        Assert.Contains("missing", result.Problem?.Text);
    }

    [Fact]
    public async Task Verify_ForgedRowAppended_FailsAtTheForgedEntry()
    {
        using (var db = _store.OpenAsAttacker())
        {
            // A plausible copy of entry 20 as entry 21, linked to 20's hash; without the key its own hash is a guess.
            AuditTestStore.Execute(db, """
                INSERT INTO AuditEntries (Sequence, TimestampUtc, ActorId, ActorName, ActorRoles, Action, Outcome, PreviousHash, Hash)
                SELECT 21, TimestampUtc, ActorId, ActorName, ActorRoles, Action, Outcome, Hash, Hash FROM AuditEntries WHERE Sequence = 20
                """);
        }

        var result = await _store.VerifyAsync();

        Assert.Equal(21, result.Problem?.Sequence);
    }

    [Fact]
    public async Task Verify_ForgedRowInsertedInPlaceOfAnother_FailsAtIt()
    {
        using (var db = _store.OpenAsAttacker())
        {
            AuditTestStore.Execute(db, "DELETE FROM AuditEntries WHERE Sequence = 9");
            AuditTestStore.Execute(db, """
                INSERT INTO AuditEntries (Sequence, TimestampUtc, ActorId, ActorName, ActorRoles, Action, Outcome, PreviousHash, Hash)
                SELECT 9, TimestampUtc, 'someone-else', 'Someone Else', '', Action, Outcome, PreviousHash, Hash FROM AuditEntries WHERE Sequence = 10
                """);
        }

        var result = await _store.VerifyAsync();

        Assert.Equal(9, result.Problem?.Sequence);
    }

    [Fact]
    public async Task Verify_TwoRowsSwapped_FailsAtTheFirst()
    {
        using (var db = _store.OpenAsAttacker())
        {
            AuditTestStore.Execute(db, """
                UPDATE AuditEntries SET Sequence = -1 WHERE Sequence = 3;
                UPDATE AuditEntries SET Sequence = 3 WHERE Sequence = 8;
                UPDATE AuditEntries SET Sequence = 8 WHERE Sequence = -1;
                """);
        }

        var result = await _store.VerifyAsync();

        Assert.Equal(3, result.Problem?.Sequence);
    }

    [Fact]
    public async Task Verify_NewestRowsCutOff_FailsAtTheFirstMissing()
    {
        using (var db = _store.OpenAsAttacker())
        {
            AuditTestStore.Execute(db, "DELETE FROM AuditEntries WHERE Sequence > 17");
        }

        var result = await _store.VerifyAsync();

        Assert.Equal(18, result.Problem?.Sequence);
        Assert.Contains("head anchor", result.Problem?.Text);
    }

    [Fact]
    public async Task Verify_OldestRowsRemovedWithoutRetention_FailsAtEntryOne()
    {
        using (var db = _store.OpenAsAttacker())
        {
            AuditTestStore.Execute(db, "DELETE FROM AuditEntries WHERE Sequence <= 4");
        }

        var result = await _store.VerifyAsync();

        Assert.Equal(1, result.Problem?.Sequence);
    }

    [Fact]
    public async Task Append_AfterNewestRowsCutOffAndRestart_GapStaysVisible()
    {
        using (var db = _store.OpenAsAttacker())
        {
            AuditTestStore.Execute(db, "DELETE FROM AuditEntries WHERE Sequence > 15");
        }
        await _store.RestartAsync();

        var appended = await _store.AppendAsync(3);
        var result = await _store.VerifyAsync();

        Assert.Equal([21L, 22, 23], appended);
        Assert.Equal(16, result.Problem?.Sequence);
    }
}
