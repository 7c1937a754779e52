namespace Portal.Features.Audit;

/// <summary>
/// The audit feature's provider-specific SQL, all of it (SQLite dialect; PostgreSQL will get its own twin). The
/// triggers make the database itself refuse to change or remove audit rows, and to insert one out of sequence.
/// The one exception is retention: it inserts a one-row permit naming the last sequence it may remove, deletes,
/// and drops the permit, all in one transaction, so no other connection ever sees the permit.
/// </summary>
public static class AuditSql
{
    public const string CreateGuards = """
        CREATE TABLE AuditRetentionPermit (
            Id INTEGER NOT NULL PRIMARY KEY CHECK (Id = 1),
            ThroughSequence INTEGER NOT NULL
        );
        CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries
        BEGIN
            SELECT RAISE(ABORT, 'audit entries are append-only: they cannot be updated');
        END;
        CREATE TRIGGER AuditEntries_NoDelete BEFORE DELETE ON AuditEntries
        WHEN NOT EXISTS (SELECT 1 FROM AuditRetentionPermit WHERE OLD.Sequence <= ThroughSequence)
        BEGIN
            SELECT RAISE(ABORT, 'audit entries are append-only: only retention removes expired entries');
        END;
        CREATE TRIGGER AuditEntries_InSequence BEFORE INSERT ON AuditEntries
        WHEN NEW.Sequence <= (SELECT COALESCE(MAX(Sequence), 0) FROM AuditEntries)
        BEGIN
            SELECT RAISE(ABORT, 'audit entries are append-only: a new entry must follow the newest');
        END;
        """;

    public const string DropGuards = """
        DROP TRIGGER IF EXISTS AuditEntries_InSequence;
        DROP TRIGGER IF EXISTS AuditEntries_NoDelete;
        DROP TRIGGER IF EXISTS AuditEntries_NoUpdate;
        DROP TABLE IF EXISTS AuditRetentionPermit;
        """;

    /// <summary>{0}: the last sequence the retention run may remove.</summary>
    public const string GrantRetentionPermit = "INSERT INTO AuditRetentionPermit (Id, ThroughSequence) VALUES (1, {0});";

    public const string RevokeRetentionPermit = "DELETE FROM AuditRetentionPermit;";
}
