using Portal.E2ETests.Pages;
using Portal.Hosting;

namespace Portal.E2ETests;

[Collection(BrowserCollection.Name)]
public sealed class AdminConnectionsJourneyTests(BrowserFixture fixture)
{
    private const string Name = "Guardant (journey)";
    private const string ApiKey = "guardant-sandbox-key-8c4f77";

    [Fact]
    public async Task Connection_AdminCreatesTestsReplacesSecretAndDisables()
    {
        var admin = await fixture.NewPageAsync();
        await new SignInPage(admin).SignInAsync("admin@sandbox.local", PortalAppFactory.DemoPassword);
        var connections = new ConnectionsPage(admin);
        await connections.OpenAsync();
        await Assertions.Expect(connections.Row("Guardant (sandbox)")).ToContainTextAsync("From configuration");

        // A wrong key first: the test shows the vendor's refusal, and saving asks before keeping a failing connection.
        await connections.StartAddAsync("Guardant", Name, SandboxDemoAccounts.DealershipName, "{self}/sandbox/guardant/v1.0/");
        await connections.FillAsync("API key", "not-the-key");
        await connections.ClickInDialogAsync("Test connection");
        await Assertions.Expect(connections.TestOutcome).ToContainTextAsync("Test failed");
        await connections.ClickInDialogAsync("Create connection");
        await Assertions.Expect(connections.Confirmation).ToContainTextAsync("Save the connection anyway?");
        await connections.ConfirmAsync("Keep editing");
        await Assertions.Expect(connections.Confirmation).ToHaveCountAsync(0);
        await connections.FillAsync("API key", ApiKey);
        await connections.ClickInDialogAsync("Test connection");
        await Assertions.Expect(connections.TestOutcome).ToContainTextAsync("Test passed");
        await Assertions.Expect(connections.TestOutcome).ToContainTextAsync(" ms)");
        await BrowserFixture.ScreenshotAsync(admin, "admin-connections-add");
        await connections.ClickInDialogAsync("Create connection");
        await Assertions.Expect(connections.Dialog).ToHaveCountAsync(0);
        await Assertions.Expect(connections.Row(Name)).ToContainTextAsync("Enabled");

        // Testing the saved connection records its health; the key never comes back to the browser.
        await connections.RowActionAsync("Test connection", Name);
        await Assertions.Expect(connections.Notification("Connected to Guardant")).ToBeVisibleAsync();
        await Assertions.Expect(connections.Row(Name)).ToContainTextAsync("Breaker closed");
        Assert.DoesNotContain(ApiKey, await admin.ContentAsync());

        // Replace the secret with a wrong one: the next test shows Guardant's error.
        await connections.RowActionAsync("Replace secret", Name);
        await connections.FillAsync("API key", "guardant-revoked-key");
        await connections.ClickInDialogAsync("Replace secret");
        await Assertions.Expect(connections.Dialog).ToHaveCountAsync(0);
        await connections.RowActionAsync("Test connection", Name);
        await Assertions.Expect(connections.Notification("Authorization is required")).ToBeVisibleAsync();
        // The notification shows before the page reloads its rows; a click on the old row's button while the grid
        // re-renders reaches a handler that is gone, and is lost. The row shows the failure once it is re-rendered.
        await Assertions.Expect(connections.Row(Name)).ToContainTextAsync("HTTP 401");

        // "Sync now" runs in the background; the row follows it live and shows how it ended, with the vendor's message.
        await connections.RowActionAsync("Sync now", Name);
        await Assertions.Expect(connections.Row(Name)).ToContainTextAsync("Failed", new() { Timeout = 60_000 });
        await Assertions.Expect(connections.Row(Name)).ToContainTextAsync("Authorization is required");
        await BrowserFixture.ScreenshotAsync(admin, "admin-connections");

        // Disable it after confirming.
        await connections.RowActionAsync("Disable", Name);
        await connections.ConfirmAsync("Disable");
        await Assertions.Expect(connections.Row(Name)).ToContainTextAsync("Disabled");
        Assert.DoesNotContain("guardant-revoked-key", await admin.ContentAsync());
    }
}
