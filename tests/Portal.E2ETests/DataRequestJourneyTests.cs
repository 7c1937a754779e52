using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.E2ETests.Pages;
using Portal.Features.DataRequests;

namespace Portal.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class DataRequestJourneyTests(BrowserFixture fixture)
{
    private const string Riley = "a5500000-0000-4000-8000-000000000004";

    [Fact]
    public async Task DataRequests_ComplianceApprovesOneDeclinesAnother_QueueHistoryAndAuditShowIt()
    {
        var itemUuids = await CreateRequestAsync();
        var page = await fixture.NewPageAsync();
        var circuit = new CircuitWatch(page);
        await new SignInPage(page).SignInAsync("compliance@sandbox.local", PortalAppFactory.DemoPassword);
        await circuit.RenderedAsync();
        await new ShellPage(page).Navigation.GetByRole(AriaRole.Link, new() { Name = "Data requests" }).ClickAsync();
        var pages = new DataRequestPages(page);
        await Assertions.Expect(pages.QueueHeading).ToBeVisibleAsync();

        await pages.RefreshButton.ClickAsync();
        await Assertions.Expect(pages.RefreshStatus).ToContainTextAsync("items)", new() { Timeout = 120_000 });
        await BrowserFixture.ScreenshotAsync(page, "data-requests-queue");
        var (approve, decline) = (await ItemIdAsync(itemUuids[0]), await ItemIdAsync(itemUuids[1]));

        await pages.OpenItemAsync(approve);
        await pages.ApplyDecision.ClickAsync();
        await Assertions.Expect(pages.Decisions).ToContainTextAsync("Approve: submitted");
        await Assertions.Expect(pages.History).ToContainTextAsync("APPROVED");
        await Assertions.Expect(pages.ItemStatus).ToHaveTextAsync("COMPLETED");

        await pages.OpenItemAsync(decline);
        await pages.ChooseAsync("Decision", "Decline");
        await pages.ApplyDecision.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "reason is required" })).ToBeVisibleAsync();
        await pages.Reason.FillAsync("Licence photo is unreadable");
        await pages.ApplyDecision.ClickAsync();
        await Assertions.Expect(pages.Decisions).ToContainTextAsync("Decline: submitted");
        await Assertions.Expect(pages.History).ToContainTextAsync("Licence photo is unreadable");
        await Assertions.Expect(pages.History).ToContainTextAsync("Casey Compliance");
        await BrowserFixture.ScreenshotAsync(page, "data-request-item");

        await pages.OpenQueueAsync();
        await pages.ChooseAsync("Status", "DECLINED");
        await pages.ApplyFilter.ClickAsync();
        await Assertions.Expect(pages.Queue).ToContainTextAsync("Decline: submitted");

        var auditor = await fixture.NewPageAsync();
        await new SignInPage(auditor).SignInAsync("auditor@sandbox.local", PortalAppFactory.DemoPassword);
        await auditor.GotoAsync("audit");
        var audit = new AuditLogPage(auditor);
        await Assertions.Expect(audit.RowWith("datarequest.declined").Filter(new() { HasText = "Casey Compliance" }).First).ToBeVisibleAsync();
        await Assertions.Expect(audit.RowWith("datarequest.approved").Filter(new() { HasText = "Casey Compliance" }).First).ToBeVisibleAsync();
    }

    private async Task<IReadOnlyList<string>> CreateRequestAsync()
    {
        using var http = fixture.Portal.CreateLoopbackClient();
        var response = await http.PostAsJsonAsync("sandbox/mykaarma/_sandbox/profileViewRequest", new
        {
            requestedByUserUuid = Riley,
            items = new[] { new { type = "PROOF_OF_INCOME", status = "PENDING_APPROVAL" }, new { type = "DRIVERS_LICENSE", status = "PENDING_APPROVAL" } },
        });
        response.EnsureSuccessStatusCode();
        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["customerProfileDataRequestDTO"]?["items"]?.AsArray() ?? [];
        return items.Select(i => i?["uuid"]?.GetValue<string>() ?? "").ToList();
    }

    private async Task<long> ItemIdAsync(string itemUuid)
    {
        await using var db = await fixture.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Set<DataRequestRow>().Where(r => r.ItemUuid == itemUuid).Select(r => r.Id).SingleAsync();
    }
}
