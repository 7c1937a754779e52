using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Data;

/// <summary>
/// One writer at a time, as on SQLite: there every transaction begins IMMEDIATE (the write lock first), and features
/// rely on it (read the newest id or sequence, then insert after it; check, then change). On PostgreSQL each
/// transaction EF begins (explicit, or SaveChanges' own) first takes one transaction-scoped advisory lock, across
/// every connection and every portal instance on the database. lock_timeout plays SQLite's busy_timeout.
/// </summary>
internal sealed class PostgresWriterLockInterceptor : DbTransactionInterceptor
{
    internal const string Lock = "SET LOCAL lock_timeout = '10s'; SELECT pg_advisory_xact_lock(7230814);";

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = Command(connection, result);
        command.ExecuteNonQuery();
        return result;
    }

    public override async ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection, result);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Lock;
        return command;
    }
}
