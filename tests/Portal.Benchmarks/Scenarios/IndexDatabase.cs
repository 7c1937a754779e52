using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Benchmarks.Postgres;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Sandbox.People;

namespace Portal.Benchmarks.Scenarios;

/// <summary>
/// A copy of a filled portal data folder (database and key ring) for one run, or on PostgreSQL the key ring's folder and
/// a database filled for this run; both deleted on dispose.
/// </summary>
public sealed record IndexDatabase(string Folder, int Records, int People) : IDisposable
{
    public string DatabasePath => Path.Combine(Folder, "portal.db");

    [JsonIgnore]
    public BenchDatabase Database { get; init; } = BenchDatabase.Sqlite;

    /// <summary>The filled database on the PostgreSQL server (null on SQLite, where it is <see cref="DatabasePath"/>).</summary>
    [JsonIgnore]
    public string? PostgresDatabase { get; init; }

    /// <summary>A portal on this copy, with the sandbox (and its demo accounts) on.</summary>
    public PortalAppFactory Portal() => BenchPortal.Quiet(Database.PortalOn(Folder, PostgresDatabase));

    /// <summary>
    /// The index filled with <paramref name="records"/> generated records (each its own person, in "Demo Motors"),
    /// built once by bulk INSERTs and cached under the cache folder by size, seed and schema, then copied. On
    /// PostgreSQL built for each run by COPY into a fresh database (not cached).
    /// </summary>
    public static async Task<IndexDatabase> PrepareAsync(BenchContext context, int records)
    {
        if (context.Database.Server is { } server)
        {
            var fresh = new IndexDatabase(NewFolder(), records, records) { Database = context.Database, PostgresDatabase = PostgresBenchSql.Create(server) };
            return await fresh.FillAsync(context, "a fresh PostgreSQL database (not cached)");
        }
        var cached = Path.Combine(context.CacheFolder, $"index-{records}-seed{BenchSizes.Seed}-{SchemaVersion()}");
        var meta = Path.Combine(cached, "meta.json");
        if (!File.Exists(meta))
        {
            await BuildAsync(context, cached, records);
        }
        var info = JsonSerializer.Deserialize<IndexDatabase>(File.ReadAllText(meta)) ?? throw new InvalidDataException(meta);
        var copy = NewFolder();
        CopyFolder(cached, copy);
        return info with { Folder = copy };
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (PostgresDatabase is not null && Database.Server is { } server)
        {
            PostgresBenchSql.Drop(server, PostgresDatabase);
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // still held by a background task: the temp folder is cleaned by the OS
        }
    }

    private static async Task BuildAsync(BenchContext context, string cached, int records)
    {
        var building = cached + ".building";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }
        Directory.CreateDirectory(building);
        var info = await new IndexDatabase(building, records, records).FillAsync(context, $"{building} (once; cached)");
        File.WriteAllText(Path.Combine(building, "meta.json"), JsonSerializer.Serialize(info with { Folder = cached }));
        Directory.Move(building, cached);
    }

    /// <summary>Starts a portal on this folder (and database), which migrates it, and loads the records in bulk.</summary>
    private async Task<IndexDatabase> FillAsync(BenchContext context, string where)
    {
        context.Log($"building the {Records:N0}-record index in {where}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        int loaded;
        using (var portal = Portal())
        {
            _ = portal.RootUri;
            await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var dealership = await db.Dealerships.Where(d => d.Name == "Demo Motors").Select(d => d.Id).SingleAsync();
            var mapper = portal.Services.GetRequiredService<IndexedCustomerMapper>();
            var population = new SandboxPopulation(BenchSizes.Seed, People);
            loaded = Database.IsPostgres
                ? await PostgresIndexLoader.LoadAsync(db, mapper, population, dealership, Records)
                : await BenchmarkLoader.LoadAsync(db, mapper, population, dealership, Records);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        context.Log($"built {loaded:N0} records in {watch.Elapsed.TotalSeconds:0} s ({loaded / watch.Elapsed.TotalSeconds:N0} records/s)");
        return this with { Records = loaded };
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string SchemaVersion() => typeof(PortalDbContext).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).OfType<string>().Max() ?? "none";

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target) ?? to);
            File.Copy(file, target);
        }
    }
}
