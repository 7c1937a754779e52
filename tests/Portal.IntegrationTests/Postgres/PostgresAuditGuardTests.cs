using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Postgres;

/// <summary>
/// The audit log's append-only guards on PostgreSQL (AuditSql.Postgres): the same refusals as SQLite's triggers, plus
/// TRUNCATE; retention's permit is still the one way to remove expired entries, and the chain verifies after it.
/// </summary>
public sealed class PostgresAuditGuardTests : IDisposable
{
    private readonly PortalAppFactory _factory = new();

    [PostgresFact]
    public async Task Guards_EveryChangeAttempt_IsRefusedAndNothingChanges()
    {
        await AppendAsync(5);
        await using var db = await OpenAsync();
        var before = await ScalarAsync(db, "SELECT COUNT(*) FROM \"AuditEntries\"");

        foreach (var (sql, message) in new[]
        {
            ("UPDATE \"AuditEntries\" SET \"Detail\" = 'changed' WHERE \"Sequence\" = 2", "cannot be updated"),
            ("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 2", "only retention removes"),
            ("TRUNCATE \"AuditEntries\"", "only retention removes"),
            ("""
             INSERT INTO "AuditEntries" ("Sequence", "TimestampUtc", "ActorId", "ActorName", "ActorRoles", "Action", "Outcome", "PreviousHash", "Hash")
             VALUES (1, now(), 'x', 'x', '', 'auth.signout', 'Succeeded', '', '')
             """, "must follow the newest"),
        })
        {
            var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(db, sql));
            Assert.Contains(message, error.MessageText);
        }
        Assert.Equal(before, await ScalarAsync(db, "SELECT COUNT(*) FROM \"AuditEntries\""));
        Assert.Equal("entry 1", await ScalarAsync(db, "SELECT \"Detail\" FROM \"AuditEntries\" WHERE \"Detail\" = 'entry 1'"));
    }

    [PostgresFact]
    public async Task Retention_WithItsPermit_RemovesThePrefixAndTheChainVerifies()
    {
        await AppendAsync(5);
        var writer = _factory.Services.GetRequiredService<AuditWriter>();

        var result = await writer.RunRetentionAsync(DateTime.UtcNow.AddMinutes(1), maxEntries: 3);

        Assert.NotNull(result.Removed);
        await using var db = await OpenAsync();
        Assert.Equal(0L, await ScalarAsync(db, "SELECT COUNT(*) FROM \"AuditRetentionPermit\""));
        var verification = await _factory.Services.GetRequiredService<AuditVerifier>().VerifyAsync();
        Assert.True(verification.Intact, verification.Summary);
    }

    private async Task AppendAsync(int count)
    {
        _ = _factory.RootUri;
        var writer = _factory.Services.GetRequiredService<AuditWriter>();
        for (var i = 0; i < count; i++)
        {
            await writer.AppendAsync(AuditLog.ToEntry(
                new AuditEvent(AuditActions.CustomerViewed, AuditOutcome.Succeeded) { Target = new AuditTarget(AuditTargetTypes.Customer, $"drivly:{i}"), Detail = $"entry {i}" },
                new AuditOrigin(new AuditActor("user-1", "Test User", ["Admin"]), "corr-1", "127.0.0.1", "tests")));
        }
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connectionString = _factory.Services.GetRequiredService<Portal.Data.PortalDatabaseLocation>().ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return await command.ExecuteScalarAsync();
    }

    public void Dispose() => _factory.Dispose();
}
