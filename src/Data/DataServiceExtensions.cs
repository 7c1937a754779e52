using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

public static class DataServiceExtensions
{
    /// <summary>Registers the portal database (SQLite file from ConnectionStrings:Portal) as a context factory.</summary>
    public static WebApplicationBuilder AddPortalData(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Portal")
            ?? throw new InvalidOperationException("ConnectionStrings:Portal is not set; it names the portal's SQLite file.");
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(csb.DataSource) && csb.DataSource != ":memory:")
        {
            csb.DataSource = Path.Combine(builder.Environment.ContentRootPath, csb.DataSource);
        }
        var folder = Path.GetDirectoryName(csb.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        builder.Services.AddSingleton(new PortalDatabaseLocation(csb.DataSource));
        builder.Services.AddDbContextFactory<PortalDbContext>(o => o
            .UseSqlite(csb.ToString(), sqlite => sqlite.MigrationsAssembly(typeof(PortalDbContext).Assembly.FullName))
            .AddInterceptors(new SqlitePragmaInterceptor()));
        builder.Services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database");
        return builder;
    }
}

/// <summary>Where the database file lives; other stores (key ring, audit head) sit beside it.</summary>
public sealed record PortalDatabaseLocation(string FilePath)
{
    public string Folder => Path.GetDirectoryName(Path.GetFullPath(FilePath)) ?? ".";
}
