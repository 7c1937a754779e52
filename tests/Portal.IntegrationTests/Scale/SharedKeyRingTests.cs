using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Hosting.KeyRing;

namespace Portal.IntegrationTests.Scale;

/// <summary>DataProtection:Store = Database: a sign-in cookie issued by one instance is accepted by the other.</summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task KeyRingInDatabase_CookieFromOneInstance_AcceptedByTheOther()
    {
        // Each instance gets a key folder of its own: only the database is shared for the key ring. The audit key
        // still has to be one file for both (a shared-folder setting).
        using var portals = new TwoPortals(f => f
            .With("DataProtection:Store", "Database")
            .With("DataProtection:KeysFolder", Path.Combine(f.DataFolder, "own-keys"))
            .With("Audit:HmacKeyFile", Path.Combine(f.KeysFolder, "audit-hmac.key")));
        var cookies = new CookieContainer(); // keyed by host, not port: both instances are 127.0.0.1
        using var first = Client(portals.First.RootUri, cookies);
        using var second = Client(portals.Second.RootUri, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("")).StatusCode);

        await SignInHelper.SignInOrThrowAsync(first, "auditor@sandbox.local", PortalAppFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("")).StatusCode);
        await using var db = await portals.DbAsync();
        Assert.NotEmpty(await db.Set<DataProtectionKeyRow>().ToListAsync());
        Assert.All(portals.Both, p => Assert.Empty(Directory.Exists(Path.Combine(p.DataFolder, "own-keys"))
            ? Directory.GetFiles(Path.Combine(p.DataFolder, "own-keys"), "key-*.xml") : []));
    }

    private static HttpClient Client(Uri root, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies }) { BaseAddress = root };
}
