using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Connections;
using Portal.Vendors;

namespace Portal.IntegrationTests.Connections;

public sealed class ConfiguredConnectionsTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string WalcuKey = "walcu-sandbox-key-5e21d0";

    [Fact]
    public async Task Start_SandboxMode_DeclaresOneConnectionPerVendorForTheDemoDealership()
    {
        _ = portal.Factory.RootUri;
        await using var db = await portal.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

        var rows = await db.Connections.Include(c => c.Dealership).ToListAsync();

        Assert.Equal(Enum.GetValues<VendorKind>().Order(), rows.Select(r => r.Vendor).Order());
        Assert.All(rows, r => Assert.Equal("Demo Motors", r.Dealership?.Name));
        Assert.All(rows, r => Assert.NotNull(r.ConfigKey));
    }

    [Fact]
    public async Task Secrets_AtRest_AreNotInTheDatabaseFileInClear()
    {
        _ = portal.Factory.RootUri;
        if (TestDatabase.IsPostgres)
        {
            var dump = Directory.CreateTempSubdirectory("portal-dump-");
            TestDatabase.DumpPostgres(portal.Factory.Services.GetRequiredService<PortalDatabaseLocation>().ConnectionString, dump.FullName);
            var text = await File.ReadAllTextAsync(Path.Combine(dump.FullName, "postgres-dump.txt"));
            dump.Delete(recursive: true);
            Assert.Contains("Connections", text); // the dump holds the table
            Assert.DoesNotContain(WalcuKey, text);
            return;
        }
        SqliteConnection.ClearAllPools();
        await using (var db = await portal.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }

        var bytes = await File.ReadAllBytesAsync(portal.Factory.DatabasePath);

        Assert.DoesNotContain(WalcuKey, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Catalog_DeclaredConnection_ResolvesSelfAndUnsealsSecrets()
    {
        var catalog = portal.Factory.Services.GetRequiredService<ConnectionCatalog>();
        _ = portal.Factory.RootUri;

        var walcu = (await catalog.ListEnabledAsync(vendors: [VendorKind.Walcu])).Single().Connection;
        var cova = (await catalog.ListEnabledAsync(vendors: [VendorKind.Cova])).Single().Connection;

        Assert.Equal(WalcuKey, walcu.Secrets.Require("apiKey"));
        Assert.Equal(portal.Factory.RootUri.Authority, walcu.BaseUrl.Authority);
        Assert.EndsWith("/sandbox/walcu/", walcu.BaseUrl.AbsolutePath);
        Assert.StartsWith(portal.Factory.RootUri.ToString().TrimEnd('/'), cova.Settings["tokenUrl"]);
        Assert.DoesNotContain(WalcuKey, walcu.ToString() + walcu.Secrets);
    }
}
