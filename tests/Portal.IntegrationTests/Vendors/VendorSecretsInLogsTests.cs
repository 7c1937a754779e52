using System.Text;
using Portal.Vendors;
using Portal.Vendors.Cova;
using Portal.Vendors.MyKaarma;
using Portal.Vendors.Walcu;

namespace Portal.IntegrationTests.Vendors;

/// <summary>Credentials and tokens never reach the logs, whatever happens: successes, refusals, refreshes, faults.</summary>
public sealed class VendorSecretsInLogsTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private static readonly string[] Secrets =
    [
        "mk-sandbox-pass-41d2", Convert.ToBase64String(Encoding.UTF8.GetBytes("sandbox-mykaarma:mk-sandbox-pass-41d2")),
        "cova-sandbox-secret-9b1e", "cova-sandbox-pass-2c8d", "Bearer ", "access_token", "wrong-secret-31",
        "walcu-sandbox-key-5e21d0",
    ];

    [Fact]
    public async Task VendorCalls_SuccessesAndEveryKindOfFailure_LogNoSecretOrToken()
    {
        await portal.ResetAsync("mykaarma");
        await portal.ResetAsync("cova");
        await portal.ResetAsync("walcu");
        var myKaarma = await portal.ClientAsync<IMyKaarmaClient>(VendorKind.MyKaarma);
        var cova = await portal.ClientAsync<ICovaClient>(VendorKind.Cova);
        var badCova = await portal.ClientAsync<ICovaClient>(VendorKind.Cova, c => c with
        {
            Secrets = new VendorSecrets(c.Secrets.Names.ToDictionary(n => n, n => n == "clientSecret" ? "wrong-secret-31" : c.Secrets.Get(n) ?? "")),
        });

        Assert.True((await myKaarma.TestConnectionAsync()).Succeeded);
        Assert.True((await cova.TestConnectionAsync()).Succeeded);
        Assert.False((await badCova.TestConnectionAsync()).Succeeded);
        await Assert.ThrowsAsync<VendorApiException>(() => myKaarma.GetCustomerProfileAsync(Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N")));
        (await portal.Sandbox.Raw.PostAsync("sandbox/cova/_sandbox/tokens/revoke", null)).EnsureSuccessStatusCode();
        await cova.ListModifiedSincePageAsync(DateTimeOffset.UtcNow);
        await portal.Sandbox.SetFaultsAsync("cova", new() { ExpireCredentials = true, Count = 2, PathContains = "CustomerFull" });
        await Assert.ThrowsAsync<VendorApiException>(() => cova.ListModifiedSincePageAsync(DateTimeOffset.UtcNow));
        var walcu = await portal.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        var walcuClient = (await walcu.ListClientsAsync(new WalcuListQuery(Limit: 1))).Items.Single();
        await walcu.PatchClientAsync(walcuClient, walcuClient with { PinnedNoteId = "logged?" });
        await Assert.ThrowsAsync<VendorApiException>(() => walcu.PatchClientAsync(walcuClient, walcuClient with { PinnedNoteId = "stale" }));
        await portal.Sandbox.SetFaultsAsync("walcu", new() { ExpireCredentials = true, Count = 1 });
        Assert.False((await walcu.TestConnectionAsync()).Succeeded);
        await portal.Sandbox.SetFaultsAsync("mykaarma", new() { ErrorRate = 1, Count = 3 });
        await Assert.ThrowsAsync<VendorApiException>(() => myKaarma.ListOpenRequestTokensAsync(myKaarma.Departments[0]));

        Assert.NotEmpty(portal.Factory.Logs.Containing("CustomerFull")); // the vendor calls themselves were logged and captured
        Assert.All(Secrets, secret => Assert.Empty(portal.Factory.Logs.Containing(secret)));
    }
}
