using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

public static class DataServiceExtensions
{
    /// <summary>
    /// Registers the portal database as a context factory: the SQLite file from ConnectionStrings:Portal (default), or
    /// with Database:Provider=Postgres the server from ConnectionStrings:PortalPostgres (<see cref="PostgresPortalDbContext"/>,
    /// whose migrations are in src/Data/Migrations/Postgres).
    /// </summary>
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        var location = PortalDatabaseLocation.From(builder.Configuration, builder.Environment);
        Directory.CreateDirectory(location.Folder);
        builder.Services.AddSingleton(location);
        if (location.Provider == DatabaseProvider.Postgres)
        {
            AddPostgres(builder.Services, location.ConnectionString);
        }
        else
        {
            builder.Services.AddDbContextFactory<PortalDbContext>(o => o
                .UseSqlite(location.ConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName))
                .AddInterceptors(new SqlitePragmaInterceptor()));
        }
        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return builder;
    }

    /// <summary>The derived context carries the PostgreSQL migrations; everything else asks for a PortalDbContext.</summary>
    private static void AddPostgres(IServiceCollection services, string connectionString)
    {
        services.AddDbContextFactory<PostgresPortalDbContext>(o => o
            .UseNpgsql(connectionString, PostgresPortalDbContext.Configure)
            .AddInterceptors(new PostgresWriterLockInterceptor()));
        services.AddSingleton<IDbContextFactory<PortalDbContext>, PostgresContextFactory>();
        services.AddScoped<PortalDbContext>(sp => sp.GetRequiredService<PostgresPortalDbContext>());
    }

    private sealed class PostgresContextFactory(IDbContextFactory<PostgresPortalDbContext> inner) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => inner.CreateDbContext();
    }
}

/// <summary>Which database engine holds the portal's data (Database:Provider).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the database lives and the folder other stores (key ring, audit head, HMAC keys) use: beside the SQLite file,
/// or with PostgreSQL the folder Data:Folder names (default: App_Data under the content root). FilePath: the SQLite file
/// (null with PostgreSQL).
/// </summary>
public sealed record PortalDatabaseLocation(DatabaseProvider Provider, string Folder, string? FilePath, string ConnectionString)
{
    public static PortalDatabaseLocation From(IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        if (provider == DatabaseProvider.Postgres)
        {
            var folder = configuration["Data:Folder"] is { Length: > 0 } configured ? configured : "App_Data";
            var connection = configuration.GetConnectionString("PortalPostgres")
                ?? throw new InvalidOperationException("ConnectionStrings:PortalPostgres is not set; Database:Provider=Postgres needs it.");
            return new(provider, Path.GetFullPath(folder, environment.ContentRootPath), null, connection);
        }
        var connectionString = configuration.GetConnectionString("Portal")
            ?? throw new InvalidOperationException("ConnectionStrings:Portal is not set; it names the portal's SQLite file.");
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(csb.DataSource) && csb.DataSource != ":memory:")
        {
            csb.DataSource = Path.Combine(environment.ContentRootPath, csb.DataSource);
        }
        return new(provider, Path.GetDirectoryName(Path.GetFullPath(csb.DataSource)) ?? ".", csb.DataSource, csb.ToString());
    }

    /// <summary>Never the connection string: a PostgreSQL one carries a password.</summary>
    public override string ToString() => $"{Provider} database (folder {Folder})";
}
