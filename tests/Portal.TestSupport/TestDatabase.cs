using Npgsql;

namespace Portal.TestSupport;

/// <summary>
/// Which database the integration suite runs on: SQLite (default) or, with PORTAL_TEST_DATABASE=postgres, the server
/// named by PORTAL_TEST_POSTGRES (scripts/postgres.sh starts one), where each test portal gets a fresh database that is
/// dropped when the portal is disposed.
/// </summary>
public static class TestDatabase
{
    public const string ProviderVariable = "PORTAL_TEST_DATABASE";
    public const string ServerVariable = "PORTAL_TEST_POSTGRES";

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable(ProviderVariable), "postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>For [Fact(Skip = ...)]-style checks: a reason when a SQLite-only test must not run on this pass.</summary>
    public const string SqliteOnly = "SQLite-specific by nature; the PostgreSQL pass (PORTAL_TEST_DATABASE=postgres) skips it";

    private static string Server => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } server
        ? server
        : throw new InvalidOperationException($"{ProviderVariable}=postgres needs {ServerVariable} (scripts/postgres.sh start prints it).");

    /// <summary>The database that stands for a SQLite file path on the PostgreSQL pass.</summary>
    public static string NameFor(string sqliteFile) =>
        "portal_test_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(sqliteFile))))[..32];

    /// <summary>Creates the database unless it exists (a restart on the same data) and returns its connection string.</summary>
    public static string CreatePostgres(string name)
    {
        try
        {
            Execute($"CREATE DATABASE \"{name}\"");
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // A second portal on the same data.
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    public static void DropPostgres(string name)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>
    /// Every row of every table as text, into a file of <paramref name="folder"/>, so the leak scan (which reads the
    /// data folder's files, the SQLite file on the other pass) reads what the database holds.
    /// </summary>
    public static void DumpPostgres(string connectionString, string folder)
    {
        using var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return; // a test removed its database (the unreadable-database health check): nothing left to scan
        }
        var tables = new List<string>();
        using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        using (var reader = list.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        using var dump = new StreamWriter(Path.Combine(folder, "postgres-dump.txt"));
        foreach (var table in tables)
        {
            using var rows = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" AS t", connection);
            using var reader = rows.ExecuteReader();
            while (reader.Read())
            {
                dump.Write(table);
                dump.Write('\t');
                dump.WriteLine(reader.GetString(0));
            }
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
