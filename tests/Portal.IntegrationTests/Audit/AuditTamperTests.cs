using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>
/// Tampering directly in the SQLite file, triggers dropped first as an attacker with file access would: each kind
/// is caught, at the entry where it happened.
/// </summary>
public sealed class AuditTamperTests : AuditStoreTests
{
    internal override async Task SeedAsync(AuditTestStore store)
    {
        await store.AppendAsync(20);
    }

    [Fact]
    public async Task Verify_Untouched_IsIntactWithCount()
    {
        var result = await Store.VerifyAsync();

        Assert.True(result.Intact, result.Summary);
        Assert.Equal(20, result.Count);
        Assert.Contains("20 entries", result.Summary);
    }

    [Fact]
    public async Task Verify_FieldEdited_FailsAtThatEntry()
    {
        var result = await Store.TamperAndVerifyAsync("UPDATE AuditEntries SET Outcome = 'Succeeded', Detail = 'nothing to see' WHERE Sequence = 5");

        Assert.False(result.Intact);
        Assert.Equal(5, result.Problem?.Sequence);
        Assert.Contains("altered", result.Problem?.Text);
    }

    [Fact]
    public async Task Verify_RowDeleted_FailsAtTheMissingEntry()
    {
        var result = await Store.TamperAndVerifyAsync("DELETE FROM AuditEntries WHERE Sequence = 7");

        Assert.Equal(7, result.Problem?.Sequence);
        Assert.Contains("missing", result.Problem?.Text);
    }

    [Fact]
    public async Task Verify_ForgedRowAppended_FailsAtTheForgedEntry()
    {
        // A plausible copy of entry 20 as entry 21, linked to 20's hash; without the key its own hash is a guess.
        var result = await Store.TamperAndVerifyAsync("""
            INSERT INTO AuditEntries (Sequence, TimestampUtc, ActorId, ActorName, ActorRoles, Action, Outcome, PreviousHash, Hash)
            SELECT 21, TimestampUtc, ActorId, ActorName, ActorRoles, Action, Outcome, Hash, Hash FROM AuditEntries WHERE Sequence = 20
            """);

        Assert.Equal(21, result.Problem?.Sequence);
    }

    [Fact]
    public async Task Verify_ForgedRowInsertedInPlaceOfAnother_FailsAtIt()
    {
        var result = await Store.TamperAndVerifyAsync("""
            DELETE FROM AuditEntries WHERE Sequence = 9;
            INSERT INTO AuditEntries (Sequence, TimestampUtc, ActorId, ActorName, ActorRoles, Action, Outcome, PreviousHash, Hash)
            SELECT 9, TimestampUtc, 'someone-else', 'Someone Else', '', Action, Outcome, PreviousHash, Hash FROM AuditEntries WHERE Sequence = 10
            """);

        Assert.Equal(9, result.Problem?.Sequence);
    }

    [Fact]
    public async Task Verify_TwoRowsSwapped_FailsAtTheFirst()
    {
        var result = await Store.TamperAndVerifyAsync("""
            UPDATE AuditEntries SET Sequence = -1 WHERE Sequence = 3;
            UPDATE AuditEntries SET Sequence = 3 WHERE Sequence = 8;
            UPDATE AuditEntries SET Sequence = 8 WHERE Sequence = -1;
            """);

        Assert.Equal(3, result.Problem?.Sequence);
    }

    [Fact]
    public async Task Verify_NewestRowsCutOff_FailsAtTheFirstMissing()
    {
        var result = await Store.TamperAndVerifyAsync("DELETE FROM AuditEntries WHERE Sequence > 17");

        Assert.Equal(18, result.Problem?.Sequence);
        Assert.Contains("head anchor", result.Problem?.Text);
    }

    [Fact]
    public async Task Verify_OldestRowsRemovedWithoutRetention_FailsAtEntryOne()
    {
        var result = await Store.TamperAndVerifyAsync("DELETE FROM AuditEntries WHERE Sequence <= 4");

        Assert.Equal(1, result.Problem?.Sequence);
    }

    [Fact]
    public async Task Append_AfterNewestRowsCutOffAndRestart_GapStaysVisible()
    {
        await Store.TamperAndVerifyAsync("DELETE FROM AuditEntries WHERE Sequence > 15");
        await Store.RestartAsync();

        var appended = await Store.AppendAsync(3);
        var result = await Store.VerifyAsync();

        Assert.Equal([21L, 22, 23], appended);
        Assert.Equal(16, result.Problem?.Sequence);
    }
}
