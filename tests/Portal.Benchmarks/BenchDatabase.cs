using Portal.Benchmarks.Postgres;

namespace Portal.Benchmarks;

/// <summary>
/// Which database the portal under test runs on (<c>--database sqlite|postgres</c>): a SQLite file in the portal's own
/// folder (the default), or a fresh database on the PostgreSQL server named by PORTAL_TEST_POSTGRES (scripts/bench.sh
/// starts a throw-away one when it is not set), created for each portal and dropped with it.
/// </summary>
public sealed record BenchDatabase(string Name, string? Server)
{
    public static BenchDatabase Sqlite { get; } = new("sqlite", null);

    public bool IsPostgres => Server is not null;

    public static BenchDatabase Named(string name) => name switch
    {
        "sqlite" => Sqlite,
        "postgres" => new("postgres", Environment.GetEnvironmentVariable(TestDatabase.ServerVariable) is { Length: > 0 } server
            ? server
            : throw new ArgumentException($"--database postgres needs {TestDatabase.ServerVariable} (scripts/bench.sh starts a server when it is not set).")),
        _ => throw new ArgumentException($"Unknown database '{name}': sqlite or postgres."),
    };

    /// <summary>A portal on a database of its own (on PostgreSQL created now and dropped when the portal is disposed).</summary>
    public PortalAppFactory NewPortal() => Server is { } server ? PostgresBenchPortal.Fresh(server) : new PortalAppFactory();

    /// <summary>
    /// A portal on an existing data folder (the key ring and keys; the SQLite file <c>portal.db</c> in it) or, on
    /// PostgreSQL, that folder's keys with <paramref name="postgresDatabase"/>, which this portal leaves in place.
    /// </summary>
    public PortalAppFactory PortalOn(string folder, string? postgresDatabase) => Server is { } server && postgresDatabase is not null
        ? PostgresBenchPortal.Existing(server, postgresDatabase, folder)
        : new PortalAppFactory().With("ConnectionStrings:Portal", "Data Source=" + Path.Combine(folder, "portal.db"));
}
