using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>
/// The audit store alone (the same host the command-line verbs use) on a real SQLite file in a temporary folder,
/// with the key and head files beside it; and raw access to the file, as an attacker with file access would have.
/// </summary>
internal sealed class AuditTestStore : IAsyncDisposable
{
    private AuditTestStore(string folder, WebApplication app)
    {
        Folder = folder;
        App = app;
    }

    public string Folder { get; }

    public WebApplication App { get; private set; }

    public string DatabasePath => Path.Combine(Folder, "portal.db");

    public string ConnectionString => $"Data Source={DatabasePath};Pooling=False";

    public AuditWriter Writer => App.Services.GetRequiredService<AuditWriter>();

    public AuditKeyFiles Files => App.Services.GetRequiredService<AuditKeyFiles>();

    public static async Task<AuditTestStore> CreateAsync(string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "portal-tests", "audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new AuditTestStore(folder, AuditToolHost.Build(Arguments(folder)));
        await store.PrepareAsync();
        return store;
    }

    public static string[] Arguments(string folder) => [$"--ConnectionStrings:Portal=Data Source={Path.Combine(folder, "portal.db")}"];

    /// <summary>Stops the writer and starts a fresh host on the same files, as a restarted portal would.</summary>
    public async Task RestartAsync()
    {
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        App = AuditToolHost.Build(Arguments(Folder));
        await PrepareAsync();
    }

    public async Task<List<long>> AppendAsync(int count, string action = AuditActions.CustomerViewed, AuditOutcome outcome = AuditOutcome.Succeeded)
    {
        var sequences = new List<long>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = AuditLog.ToEntry(
                new AuditEvent(action, outcome) { Target = new AuditTarget(AuditTargetTypes.Customer, $"drivly:{i}"), Detail = $"entry {i}" },
                new AuditOrigin(new AuditActor("user-1", "Test User", ["Admin"]), "corr-1", "127.0.0.1", "tests"));
            sequences.Add(await Writer.AppendAsync(entry));
        }
        return sequences;
    }

    public Task<AuditVerification> VerifyAsync() => App.Services.GetRequiredService<AuditVerifier>().VerifyAsync();

    /// <summary>A raw connection to the file with the append-only triggers dropped, as an attacker would start.</summary>
    public SqliteConnection OpenAsAttacker()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        Execute(connection, "DROP TRIGGER AuditEntries_NoUpdate; DROP TRIGGER AuditEntries_NoDelete; DROP TRIGGER AuditEntries_InSequence;");
        return connection;
    }

    /// <summary>Runs SQL on the file as an attacker (triggers dropped), then verifies the chain.</summary>
    public async Task<AuditVerification> TamperAndVerifyAsync(string sql)
    {
        using (var db = OpenAsAttacker())
        {
            Execute(db, sql);
        }
        return await VerifyAsync();
    }

    public SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; nothing depends on it.
        }
    }

    private Task PrepareAsync() => AuditToolHost.PrepareDatabaseAsync(App.Services);
}
