using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.E2ETests.Pages;
using AuditActions = Portal.Features.Audit.AuditActions;
using AuditEntry = Portal.Features.Audit.AuditEntry;

namespace Portal.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class AuditJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AuditLog_AuditorSignsIn_SeesOwnSignInFiltersAndVerifies()
    {
        var page = await fixture.NewPageAsync();
        var circuit = new CircuitWatch(page);
        await new SignInPage(page).SignInAsync("auditor@sandbox.local", PortalAppFactory.DemoPassword);
        await circuit.RenderedAsync();

        await new ShellPage(page).Navigation.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();

        var audit = new AuditLogPage(page);
        await Assertions.Expect(audit.Heading).ToBeVisibleAsync();
        await Assertions.Expect(audit.RowWith("auth.signin.succeeded").Filter(new() { HasText = "Avery Auditor" }).First).ToBeVisibleAsync();
        await Assertions.Expect(audit.ChartSummary).ToContainTextAsync("succeeded");

        await audit.ChooseAsync("Outcome", "Denied");
        await audit.ApplyButton.ClickAsync();
        await Assertions.Expect(audit.Grid).ToContainTextAsync("No entries match this filter.");
        await audit.ChooseAsync("Action", "auth.signin.succeeded");
        await audit.ChooseAsync("Outcome", "Succeeded");
        await audit.ApplyButton.ClickAsync();
        await Assertions.Expect(audit.RowWith("Avery Auditor").First).ToBeVisibleAsync();
        await Assertions.Expect(audit.Rows.Filter(new() { HasNotText = "auth.signin.succeeded" })).ToHaveCountAsync(0);
        await Assertions.Expect(audit.ExportLink).ToHaveAttributeAsync("href", new Regex("action=auth.signin.succeeded&outcome=Succeeded"));

        await audit.VerifyButton.ClickAsync();

        await Assertions.Expect(audit.VerifyResult).ToContainTextAsync("Audit chain intact");
        // Recorded from the circuit: the user, and the connection captured when the circuit opened.
        var verified = (await VerifiedEntriesAsync()).Last();
        Assert.Equal(("Avery Auditor", "127.0.0.1"), (verified.ActorName, verified.ClientAddress));
        Assert.StartsWith("c-", verified.CorrelationId);
        Assert.Contains("Chrome", verified.UserAgent);
        await BrowserFixture.ScreenshotAsync(page, "audit-log");
        await audit.RowWith("Avery Auditor").First.GetByRole(AriaRole.Button, new() { Name = "Details of entry" }).ClickAsync();
        await Assertions.Expect(audit.Dialog).ToContainTextAsync("auth.signin.succeeded");
        await BrowserFixture.ScreenshotAsync(page, "audit-entry");
    }

    private async Task<List<AuditEntry>> VerifiedEntriesAsync()
    {
        await using var db = await fixture.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await Portal.Features.Audit.AuditDbContextExtensions.AuditEntries(db).Where(e => e.Action == AuditActions.AuditVerified).OrderBy(e => e.Sequence).ToListAsync();
    }
}
