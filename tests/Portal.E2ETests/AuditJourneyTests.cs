using System.Text.RegularExpressions;
using Portal.E2ETests.Pages;

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
        await BrowserFixture.ScreenshotAsync(page, "audit-log");
        await audit.RowWith("Avery Auditor").First.GetByRole(AriaRole.Button, new() { Name = "Details of entry" }).ClickAsync();
        await Assertions.Expect(audit.Dialog).ToContainTextAsync("auth.signin.succeeded");
        await BrowserFixture.ScreenshotAsync(page, "audit-entry");
    }
}
