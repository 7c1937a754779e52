using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// The audit feature's provider-specific SQL, all of it (SQLite here, PostgreSQL in <see cref="Postgres"/>). The
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

    /// <summary>{0}: the last sequence the retention run may remove.</summary>
    public static string GrantRetentionPermitOn(DatabaseFacade database) =>
        database.IsNpgsql() ? Postgres.GrantRetentionPermit : GrantRetentionPermit;

    public static string RevokeRetentionPermitOn(DatabaseFacade database) =>
        database.IsNpgsql() ? Postgres.RevokeRetentionPermit : RevokeRetentionPermit;

    /// <summary>The finest time the database keeps (SQLite's text: a tick; timestamptz: a microsecond); entry times are
    /// cut to it before they are hashed, so the hash matches what is read back.</summary>
    public static long TimeStepTicks(DatabaseFacade database) => database.IsNpgsql() ? TimeSpan.TicksPerMicrosecond : 1;

    /// <summary>
    /// The same guards on PostgreSQL: trigger functions that raise with the same messages, plus TRUNCATE (which skips
    /// row triggers) refused outright. The permit table and its use by retention are the same.
    /// </summary>
    public static class Postgres
    {
        public const string CreateGuards = """
            CREATE TABLE "AuditRetentionPermit" (
                "Id" integer NOT NULL PRIMARY KEY CHECK ("Id" = 1),
                "ThroughSequence" bigint NOT NULL
            );
            CREATE FUNCTION audit_entries_no_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit entries are append-only: they cannot be updated';
            END $$;
            CREATE FUNCTION audit_entries_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM "AuditRetentionPermit" WHERE OLD."Sequence" <= "ThroughSequence") THEN
                    RAISE EXCEPTION 'audit entries are append-only: only retention removes expired entries';
                END IF;
                RETURN OLD;
            END $$;
            CREATE FUNCTION audit_entries_in_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW."Sequence" <= (SELECT COALESCE(MAX("Sequence"), 0) FROM "AuditEntries") THEN
                    RAISE EXCEPTION 'audit entries are append-only: a new entry must follow the newest';
                END IF;
                RETURN NEW;
            END $$;
            CREATE FUNCTION audit_entries_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit entries are append-only: only retention removes expired entries';
            END $$;
            CREATE TRIGGER "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_no_update();
            CREATE TRIGGER "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_no_delete();
            CREATE TRIGGER "AuditEntries_InSequence" BEFORE INSERT ON "AuditEntries"
                FOR EACH ROW EXECUTE FUNCTION audit_entries_in_sequence();
            CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_no_truncate();
            """;

        public const string DropGuards = """
            DROP TRIGGER IF EXISTS "AuditEntries_NoTruncate" ON "AuditEntries";
            DROP TRIGGER IF EXISTS "AuditEntries_InSequence" ON "AuditEntries";
            DROP TRIGGER IF EXISTS "AuditEntries_NoDelete" ON "AuditEntries";
            DROP TRIGGER IF EXISTS "AuditEntries_NoUpdate" ON "AuditEntries";
            DROP FUNCTION IF EXISTS audit_entries_no_truncate();
            DROP FUNCTION IF EXISTS audit_entries_in_sequence();
            DROP FUNCTION IF EXISTS audit_entries_no_delete();
            DROP FUNCTION IF EXISTS audit_entries_no_update();
            DROP TABLE IF EXISTS "AuditRetentionPermit";
            """;

        public const string GrantRetentionPermit = "INSERT INTO \"AuditRetentionPermit\" (\"Id\", \"ThroughSequence\") VALUES (1, {0});";

        public const string RevokeRetentionPermit = "DELETE FROM \"AuditRetentionPermit\";";
    }
}
