using Npgsql;

namespace Portal.Benchmarks.Postgres;

/// <summary>
/// Every PostgreSQL-specific statement of the benchmark in one place: databases made and dropped on the server from
/// PORTAL_TEST_POSTGRES, and the COPY statements that fill the index (<see cref="PostgresIndexLoader"/>).
/// </summary>
public static class PostgresBenchSql
{
    public const string NextPersonId = """SELECT COALESCE(MAX("Id"), 0) + 1 FROM "People" """;

    public const string CopyPeople = """
        COPY "People" ("Id", "DisplayName", "SortName", "DealershipId", "LastActivityUtc", "RecordCount") FROM STDIN (FORMAT BINARY)
        """;

    /// <summary>After people were given their ids by the loader, the identity goes on after the last one; then statistics.</summary>
    public const string AfterLoad = """
        SELECT setval(pg_get_serial_sequence('"People"', 'Id'), (SELECT MAX("Id") FROM "People"));
        ANALYZE "People";
        ANALYZE "IndexedCustomers";
        """;

    public static string CopyCustomers(IEnumerable<string> columns) =>
        $"COPY \"IndexedCustomers\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";

    public static string ConnectionString(string server, string database) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    /// <summary>Creates a database with a new name and returns the name.</summary>
    public static string Create(string server)
    {
        var name = "portal_bench_" + Guid.NewGuid().ToString("N");
        Execute(server, $"CREATE DATABASE \"{name}\"");
        return name;
    }

    public static void Drop(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        Execute(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
