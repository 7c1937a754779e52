using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.E2ETests.Pages;
using Portal.Features.DataRequests;
using Portal.Sandbox;
using Portal.TestSupport.Processes;

namespace Portal.E2ETests.Restart;

/// <summary>
/// A data-request decision whose submission to myKaarma is in flight when the portal process is SIGKILLed reaches
/// myKaarma exactly once after the restart: whether myKaarma had not yet recorded it, or recorded it and the answer
/// never came back.
/// </summary>
[Collection(RestartCollection.Name)]
public sealed class DecisionKillTests(RestartFixture fixture)
{
    private const string Riley = "a5500000-0000-4000-8000-000000000004";

    [Fact]
    public async Task Decision_ProcessKilledWhileSubmitting_RestartSubmitsItExactlyOnce_AuditVerifies()
    {
        // One item per round: first the call myKaarma has not recorded yet, then one it recorded but never answered.
        var items = new[] { await CreateRequestAsync(), await CreateRequestAsync() };
        using var portal = new PortalProcess(fixture.Vendors)
            .With("DataRequests:PollEnabled", "true").With("DataRequests:FirstPollDelay", "00:00:00.200")
            .With("DataRequests:PollInterval", "01:00:00")
            // A wide window for the kill (10 s per attempt) and no second attempt before it; a restart sends at once.
            .With("Vendors:Resilience:AttemptTimeout", "00:00:10").With("Vendors:Resilience:TotalTimeout", "00:00:12")
            .With("DataRequests:RetryBaseDelay", "01:00:00").With("DataRequests:RetryMaxDelay", "01:00:00");
        await portal.StartAsync();
        await RestartFixture.WaitUntilAsync(async () => await ItemIdAsync(portal, items[1]) is not null, "the polled items");
        var page = await fixture.NewPageAsync(portal);
        var circuit = new CircuitWatch(page);
        await new SignInPage(page).SignInAsync("compliance@sandbox.local", PortalAppFactory.DemoPassword);
        await circuit.RenderedAsync();
        var pages = new DataRequestPages(page);

        foreach (var (itemUuid, recordedBeforeKill) in new[] { (items[0], false), (items[1], true) })
        {
            var itemId = await ItemIdAsync(portal, itemUuid) ?? 0;
            await pages.OpenItemAsync(itemId);
            await Assertions.Expect(pages.ItemStatus).ToHaveTextAsync("PENDING_APPROVAL");
            await fixture.Vendors.SetFaultsAsync("mykaarma", new FaultSettings
            {
                HangRate = 1, AfterHandler = recordedBeforeKill, Method = "POST", PathContains = itemUuid, Count = 1,
            });
            await pages.ApplyDecision.ClickAsync();
            await RestartFixture.WaitUntilAsync(async () => (await fixture.Vendors.RequestsAsync("mykaarma"))
                .Any(r => r.Method == "POST" && r.Path.Contains(itemUuid + "/review", StringComparison.Ordinal)), "the review call in flight", 30);
            await RestartFixture.KillAndRestartAsync(portal, page);

            await RestartFixture.WaitUntilAsync(async () => await StateAsync(portal, itemId) == DecisionState.Submitted, "the decision acknowledged");
            var calls = await ReviewCallsAsync(itemUuid);
            Assert.Equal(recordedBeforeKill ? [(true, false), (false, true)] : [(true, false)], calls); // recorded once
            await Assertions.Expect(pages.Decisions).ToContainTextAsync("Approve: submitted");
            await Assertions.Expect(pages.ItemStatus).ToHaveTextAsync("COMPLETED");
        }
        var (exitCode, verdict) = await portal.VerifyAuditAsync();
        Assert.True(exitCode == 0, verdict);
    }

    private async Task<string> CreateRequestAsync()
    {
        var response = await fixture.Vendors.Raw.PostAsJsonAsync("sandbox/mykaarma/_sandbox/profileViewRequest", new
        {
            requestedByUserUuid = Riley,
            items = new[] { new { type = "PROOF_OF_INCOME", status = "PENDING_APPROVAL" } },
        });
        response.EnsureSuccessStatusCode();
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        return json?["customerProfileDataRequestDTO"]?["items"]?[0]?["uuid"]?.GetValue<string>() ?? throw new InvalidOperationException("No item.");
    }

    /// <summary>What myKaarma's emulator did with each review call of the item: (recorded, replayed by idempotency key).</summary>
    private async Task<List<(bool Recorded, bool Replayed)>> ReviewCallsAsync(string itemUuid)
    {
        var all = await fixture.Vendors.Raw.GetFromJsonAsync<JsonArray>("sandbox/mykaarma/_sandbox/reviews") ?? [];
        return all.Where(r => r?["itemUuid"]?.GetValue<string>() == itemUuid)
            .Select(r => (r?["recorded"]?.GetValue<bool>() == true, r?["replayed"]?.GetValue<bool>() == true)).ToList();
    }

    private static async Task<long?> ItemIdAsync(PortalProcess portal, string itemUuid)
    {
        await using var db = portal.OpenDatabase();
        try
        {
            return await db.Set<DataRequestRow>().Where(r => r.ItemUuid == itemUuid).Select(r => (long?)r.Id).SingleOrDefaultAsync();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return null; // tables not created yet
        }
    }

    private static async Task<DecisionState?> StateAsync(PortalProcess portal, long itemId)
    {
        await using var db = portal.OpenDatabase();
        return await db.Set<DataRequestDecision>().Where(d => d.ItemId == itemId).Select(d => (DecisionState?)d.State).SingleOrDefaultAsync();
    }
}
