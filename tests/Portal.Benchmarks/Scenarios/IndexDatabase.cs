using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Sandbox.People;

namespace Portal.Benchmarks.Scenarios;

/// <summary>A copy of a filled portal data folder (database and key ring) for one run; deleted on dispose.</summary>
public sealed record IndexDatabase(string Folder, int Records, int People) : IDisposable
{
    public string DatabasePath => Path.Combine(Folder, "portal.db");

    /// <summary>A portal on this copy, with the sandbox (and its demo accounts) on.</summary>
    public PortalAppFactory Portal() => BenchPortal.New().With("ConnectionStrings:Portal", "Data Source=" + DatabasePath);

    /// <summary>
    /// The index filled with <paramref name="records"/> generated records (each its own person, in "Demo Motors"),
    /// built once by bulk INSERTs and cached under the cache folder by size, seed and schema, then copied.
    /// </summary>
    public static async Task<IndexDatabase> PrepareAsync(BenchContext context, int records)
    {
        var cached = Path.Combine(context.CacheFolder, $"index-{records}-seed{BenchSizes.Seed}-{SchemaVersion()}");
        var meta = Path.Combine(cached, "meta.json");
        if (!File.Exists(meta))
        {
            await BuildAsync(context, cached, records);
        }
        var info = JsonSerializer.Deserialize<IndexDatabase>(File.ReadAllText(meta)) ?? throw new InvalidDataException(meta);
        var copy = Path.Combine(Path.GetTempPath(), "portal-bench", Guid.NewGuid().ToString("N"));
        CopyFolder(cached, copy);
        return info with { Folder = copy };
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
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
        context.Log($"building the {records:N0}-record index in {building} (once; cached)");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var info = new IndexDatabase(cached, records, records);
        using (var portal = BenchPortal.New().With("ConnectionStrings:Portal", "Data Source=" + Path.Combine(building, "portal.db")))
        {
            _ = portal.RootUri;
            await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var dealership = await db.Dealerships.Where(d => d.Name == "Demo Motors").Select(d => d.Id).SingleAsync();
            var loaded = await BenchmarkLoader.LoadAsync(db, portal.Services.GetRequiredService<IndexedCustomerMapper>(),
                new SandboxPopulation(BenchSizes.Seed, info.People), dealership, records);
            info = info with { Records = loaded };
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        context.Log($"built {info.Records:N0} records in {watch.Elapsed.TotalSeconds:0} s ({info.Records / watch.Elapsed.TotalSeconds:N0} records/s)");
        File.WriteAllText(Path.Combine(building, "meta.json"), JsonSerializer.Serialize(info));
        Directory.Move(building, cached);
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
