using Microsoft.Data.Sqlite;

namespace Portal.IntegrationTests.Audit;

/// <summary>The database itself refuses to change audit rows: its triggers, and the retention permit that is the only way past them.</summary>
public sealed class AuditGuardTests : AuditStoreTests
{
    internal override async Task SeedAsync(AuditTestStore store)
    {
        await store.AppendAsync(5);
    }

    [Theory]
    [InlineData("UPDATE AuditEntries SET Detail = 'changed' WHERE Sequence = 2", "cannot be updated")]
    [InlineData("DELETE FROM AuditEntries WHERE Sequence = 2", "only retention removes")]
    [InlineData("DELETE FROM AuditEntries", "only retention removes")]
    [InlineData("""
        INSERT INTO AuditEntries (Sequence, TimestampUtc, ActorId, ActorName, ActorRoles, Action, Outcome, PreviousHash, Hash)
        VALUES (0, '2020-01-01 00:00:00', 'x', 'x', '', 'auth.signout', 'Succeeded', '', '')
        """, "must follow the newest")]
    public void Trigger_ChangeAttempt_IsRefusedAndNothingChanges(string sql, string message)
    {
        using var db = Store.OpenRaw();

        var error = Assert.Throws<SqliteException>(() => AuditTestStore.Execute(db, sql));

        Assert.Contains(message, error.Message);
        Assert.Equal(5L, AuditTestStore.Scalar(db, "SELECT COUNT(*) FROM AuditEntries"));
        Assert.Equal("entry 1", AuditTestStore.Scalar(db, "SELECT Detail FROM AuditEntries WHERE Sequence = 2"));
    }

    [Fact]
    public void Trigger_PermitForAnEarlierRange_DoesNotAllowLaterRows()
    {
        using var db = Store.OpenRaw();
        using var tx = db.BeginTransaction();
        AuditTestStore.Execute(db, "INSERT INTO AuditRetentionPermit (Id, ThroughSequence) VALUES (1, 2)");

        Assert.Equal(2, AuditTestStore.Execute(db, "DELETE FROM AuditEntries WHERE Sequence <= 2"));
        Assert.Throws<SqliteException>(() => AuditTestStore.Execute(db, "DELETE FROM AuditEntries WHERE Sequence = 3"));
        tx.Rollback();
    }
}
