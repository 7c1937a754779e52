using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace Portal.Data;

/// <summary>
/// The portal's database on PostgreSQL (Database:Provider=Postgres). The model is the same; only the migrations
/// differ (src/Data/Migrations/Postgres), so `dotnet ef --context PostgresPortalDbContext` targets this provider.
/// </summary>
public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options)
{
    public static void Configure(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsAssembly(typeof(PostgresPortalDbContext).Assembly.FullName);

    /// <summary>
    /// Text is unbounded and compares and sorts by code point ("C"), as SQLite's TEXT with BINARY does, whatever the server's locale: keyset
    /// cursors and name-prefix ranges mean the same on both. Index filters written for SQLite's 0/1 booleans are
    /// put in PostgreSQL's boolean terms.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string)))
        {
            property.SetCollation("C");
            property.SetMaxLength(null); // SQLite never enforces a length; text keeps PostgreSQL from refusing what SQLite takes
        }
        foreach (var index in builder.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()))
        {
            if (index.GetFilter() is { } filter && filter.EndsWith("\" = 1", StringComparison.Ordinal))
            {
                index.SetFilter(filter[..^4]);
            }
        }
    }

    /// <summary>
    /// timestamptz takes UTC only: values are converted on the way in, whatever offset or kind they carry (SQLite
    /// stores them as given), so every feature writes times as it does on SQLite.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcKindConverter>();
    }

    private sealed class UtcOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    private sealed class UtcKindConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>What `dotnet ef` uses to build the PostgreSQL context at design time (no server needed to add a migration).</summary>
public sealed class PostgresDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresPortalDbContext>()
        .UseNpgsql(Environment.GetEnvironmentVariable("PORTAL_POSTGRES") ?? "Host=127.0.0.1;Database=portal_design", PostgresPortalDbContext.Configure)
        .Options);
}
