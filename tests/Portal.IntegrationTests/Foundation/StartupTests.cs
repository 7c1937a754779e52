using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Security;

namespace Portal.IntegrationTests.Foundation;

public sealed class StartupTests
{
    [Fact]
    public async Task Start_EmptyDatabaseFile_AppliesEveryMigration()
    {
        using var factory = new PortalAppFactory();
        _ = factory.RootUri;

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        if (!TestDatabase.IsPostgres)
        {
            Assert.True(File.Exists(factory.DatabasePath));
            Assert.Equal("wal", (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single());
        }
    }

    [Fact]
    public async Task Start_NoUsers_CreatesExactlyOneAdminAndNeverASecond()
    {
        using var first = new PortalAppFactory().With("Sandbox:Enabled", "false");
        _ = first.RootUri;
        Assert.Equal([PortalAppFactory.AdminEmail], await AdminEmailsAsync(first));

        // A second start on the same file, with a different bootstrap email, must not add an admin.
        using var second = new PortalAppFactory()
            .With("Sandbox:Enabled", "false")
            .With("ConnectionStrings:Portal", $"Data Source={first.DatabasePath}")
            .With("Bootstrap:AdminEmail", "another.admin@portal.test");
        _ = second.RootUri;
        Assert.Equal([PortalAppFactory.AdminEmail], await AdminEmailsAsync(second));
    }

    [Fact]
    public async Task Healthz_DatabaseAnswers_Returns200WithoutSignIn()
    {
        using var factory = new PortalAppFactory();
        using var client = factory.CreateLoopbackClient();

        var response = await client.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_DatabaseUnreadable_Returns503()
    {
        using var factory = new PortalAppFactory();
        using var client = factory.CreateLoopbackClient();
        if (factory.PostgresDatabase is { } database)
        {
            TestDatabase.DropPostgres(database); // the server answers, the portal's database is gone
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("healthz")).StatusCode);
            return;
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(factory.DatabasePath, "this is not a database");
        foreach (var side in new[] { "-wal", "-shm" })
        {
            File.Delete(factory.DatabasePath + side);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var response = await client.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private static async Task<List<string?>> AdminEmailsAsync(PortalAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return (await users.GetUsersInRoleAsync(PortalRoles.Admin)).Select(u => u.Email).ToList();
    }
}
