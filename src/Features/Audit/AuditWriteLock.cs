using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// The audit writer's provider-specific locking, all of it: every append and retention step runs in a transaction
/// that first takes the one audit write lock, then reads the chain's head, so that writers in several portal
/// instances on one database still build one chain. SQLite: BEGIN IMMEDIATE takes the database's write lock at
/// once (other writers wait on the busy timeout), and commits are synced (synchronous=FULL) on this connection.
/// PostgreSQL: every transaction EF begins already takes the database's one writer lock (a transaction-scoped advisory
/// lock, <see cref="PostgresWriterLockInterceptor"/>), across instances, so beginning one is all the audit needs.
/// </summary>
internal static class AuditWriteLock
{
    public static async Task<PortalDbContext> OpenAsync(IDbContextFactory<PortalDbContext> dbFactory)
    {
        var db = await dbFactory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        if (db.Database.IsSqlite())
        {
            // Per connection: audit commits are synced to disk; the rest of the portal keeps NORMAL.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL;");
        }
        return db;
    }

    /// <summary>Begins the transaction holding the audit write lock until it commits or rolls back.</summary>
    public static async Task<IDbContextTransaction> BeginAsync(PortalDbContext db)
    {
        if (db.Database.IsSqlite())
        {
            var sqlite = (SqliteConnection)db.Database.GetDbConnection();
            // deferred: false = BEGIN IMMEDIATE: the write lock before the head is read, not at the first insert.
            return await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: false))
                ?? throw new InvalidOperationException("EF did not take the SQLite transaction.");
        }
        if (db.Database.IsNpgsql())
        {
            return await db.Database.BeginTransactionAsync();
        }
        throw new NotSupportedException($"The audit log has no write lock for database provider {db.Database.ProviderName}.");
    }
}
