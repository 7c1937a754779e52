using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.E2ETests.Pages;
using Portal.Features.Audit;
using Portal.Features.Customers.Index;
using Portal.Sandbox;
using Portal.TestSupport.Processes;
using Portal.Vendors;

namespace Portal.E2ETests.Restart;

/// <summary>
/// A customer edit whose vendor write is in flight when the portal process is SIGKILLed: the vendor has the change at
/// most once, and after the restart the page shows what the vendor holds (the new value if the write landed, the old
/// one if not), never a "saved" for a write that was not applied.
/// </summary>
[Collection(RestartCollection.Name)]
public sealed class EditKillTests(RestartFixture fixture)
{
    private const string DrivlyKey = "drivly-sandbox-key-7f3a9c";

    [Fact]
    public async Task Edit_ProcessKilledDuringVendorWrite_VendorHasItAtMostOnce_PageShowsWhatTheVendorHolds_AuditVerifies()
    {
        using var portal = new PortalProcess(fixture.Vendors)
            .With("Customers:Sync:Enabled", "true").With("Customers:Sync:FirstRunDelay", "00:00:00.200")
            .With("Customers:Sync:Interval", "01:00:00")
            .With("Vendors:Resilience:AttemptTimeout", "00:00:10").With("Vendors:Resilience:TotalTimeout", "00:00:12");
        foreach (var other in (string[])["SandboxMyKaarma", "SandboxCova", "SandboxWalcu", "SandboxGuardant"])
        {
            portal.With($"Connections:{other}:Enabled", "false");
        }
        await portal.StartAsync();
        var record = await DrivlyRecordAsync(portal);
        var page = await fixture.NewPageAsync(portal);
        var circuit = new CircuitWatch(page);
        await new SignInPage(page).SignInAsync("manager@sandbox.local", PortalAppFactory.DemoPassword);
        await circuit.RenderedAsync();
        await page.GotoAsync($"customers/by-source/drivly/{record.ConnectionId}/{record.ExternalId}");
        var customer = new CustomerProfilePage(page);
        Assertions.SetDefaultExpectTimeout(30_000);

        // First the write that never reaches Drivly's store, then one that does but whose answer never comes back.
        foreach (var applied in (bool[])[false, true])
        {
            await Assertions.Expect(customer.Live("Drivly")).ToBeVisibleAsync();
            var before = await VendorEmailAsync(record.ExternalId);
            var wanted = $"restart.{(applied ? "landed" : "lost")}.{Guid.NewGuid():N}"[..28] + "@example.com";
            var patches = await PatchesAsync(record.ExternalId);
            await fixture.Vendors.SetFaultsAsync("drivly", new FaultSettings
            {
                HangRate = 1, AfterHandler = applied, Method = "PATCH", PathContains = $"/customers/{record.ExternalId}", Count = 1,
            });
            await customer.EditFieldAsync("Drivly", "Email", wanted);
            try
            {
                await RestartFixture.WaitUntilAsync(async () => await PatchesAsync(record.ExternalId) > patches, "the write in flight", 30);
            }
            catch (Xunit.Sdk.XunitException)
            {
                await BrowserFixture.ScreenshotAsync(page, "restart-edit-not-sent");
                throw;
            }
            await RestartFixture.KillAndRestartAsync(portal, page);
            await Assertions.Expect(customer.Live("Drivly")).ToBeVisibleAsync();
            await Assertions.Expect(customer.Panel("Drivly").GetByRole(AriaRole.Table).First).ToContainTextAsync((applied ? wanted : before) ?? "");
            await Assertions.Expect(customer.Panel("Drivly")).Not.ToContainTextAsync("Saved to Drivly");
            Assert.Equal(patches + 1, await PatchesAsync(record.ExternalId)); // nothing wrote it again
            Assert.Equal(applied ? wanted : before, await VendorEmailAsync(record.ExternalId));
            Assert.Equal(0, await SavedEditsAsync(portal)); // no edit is recorded as saved
        }
        var (exitCode, verdict) = await portal.VerifyAuditAsync();
        Assert.True(exitCode == 0, verdict);
    }

    private static async Task<IndexedCustomer> DrivlyRecordAsync(PortalProcess portal)
    {
        IndexedCustomer? found = null;
        await RestartFixture.WaitUntilAsync(async () =>
        {
            await using var db = portal.OpenDatabase();
            try
            {
                found = await db.Set<IndexedCustomer>().AsNoTracking()
                    .Where(c => c.Vendor == VendorKind.Drivly && !c.Deleted && c.Emails != "").OrderBy(c => c.Id).FirstOrDefaultAsync();
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // tables not created yet
            }
            return found is not null;
        }, "a synced Drivly record");
        return found!;
    }

    private async Task<string?> VendorEmailAsync(string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"sandbox/drivly/api/customers/{id}");
        request.Headers.TryAddWithoutValidation("Authorization", DrivlyKey);
        using var response = await fixture.Vendors.Raw.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())?["email"]?.GetValue<string>();
    }

    private async Task<int> PatchesAsync(string id) =>
        (await fixture.Vendors.RequestsAsync("drivly")).Count(r => r.Method == "PATCH" && r.Path.Split('?')[0].EndsWith($"/customers/{id}", StringComparison.Ordinal));

    private static async Task<int> SavedEditsAsync(PortalProcess portal)
    {
        await using var db = portal.OpenDatabase();
        return await db.Set<AuditEntry>().CountAsync(e => e.Action == AuditActions.CustomerUpdated && e.Outcome == AuditOutcome.Succeeded);
    }
}
