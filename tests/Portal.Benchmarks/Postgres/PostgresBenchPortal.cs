namespace Portal.Benchmarks.Postgres;

/// <summary>
/// A benchmark portal on PostgreSQL: Database:Provider=Postgres, one database on the server, the key ring and keys in
/// a data folder (its own, or one shared by the portals of an index). Drops its database on dispose when it made it.
/// </summary>
public sealed class PostgresBenchPortal : PortalAppFactory
{
    private readonly string _server;
    private string? _owned;

    private PostgresBenchPortal(string server, string database, string? folder, bool owns)
    {
        _server = server;
        _owned = owns ? database : null;
        With("Database:Provider", "Postgres");
        With("ConnectionStrings:PortalPostgres", PostgresBenchSql.ConnectionString(server, database));
        With("Data:Folder", folder ?? DataFolder);
    }

    public static PostgresBenchPortal Fresh(string server) => new(server, PostgresBenchSql.Create(server), folder: null, owns: true);

    public static PostgresBenchPortal Existing(string server, string database, string folder) => new(server, database, folder, owns: false);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _owned is { } database)
        {
            _owned = null;
            PostgresBenchSql.Drop(_server, database);
        }
    }
}
