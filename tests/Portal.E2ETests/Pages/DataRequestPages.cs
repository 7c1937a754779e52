namespace Portal.E2ETests.Pages;

/// <summary>The data-requests queue and item pages, found by role and label as a person would.</summary>
public sealed class DataRequestPages(IPage page)
{
    public ILocator QueueHeading => page.GetByRole(AriaRole.Heading, new() { Name = "Data requests", Level = 1 });

    public ILocator RefreshButton => page.GetByRole(AriaRole.Button, new() { Name = "Refresh from myKaarma" });

    public ILocator RefreshStatus => page.GetByTestId("refresh-status");

    /// <summary>Why a refresh could not read myKaarma ("Not read from myKaarma (sandbox): timed out.").</summary>
    public ILocator RefreshProblems => page.GetByRole(AriaRole.Alert, new() { Name = "Refresh problems" });

    public ILocator ShowTextButton => page.GetByRole(AriaRole.Button, new() { Name = "Show the entered text (audited)" });

    public ILocator TextProblem => page.GetByRole(AriaRole.Alert, new() { Name = "Entered text problem" });

    public ILocator Queue => page.GetByRole(AriaRole.Grid, new() { Name = "Data request items" });

    public ILocator ApplyFilter => page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" });

    public ILocator Reason => page.GetByLabel("Reason", new() { Exact = true });

    public ILocator ApplyDecision => page.GetByRole(AriaRole.Button, new() { Name = "Apply decision" });

    public ILocator Decisions => page.GetByRole(AriaRole.Grid, new() { Name = "Decisions" });

    public ILocator History => page.GetByRole(AriaRole.Grid, new() { Name = "Review history" });

    public ILocator ItemStatus => page.GetByTestId("item-status");

    public Task OpenItemAsync(long id) => OpenAsync($"data-requests/{id}");

    /// <summary>The queue by address. Its filters are prerendered, and a click on them before the circuit is
    /// interactive is dropped (the drop-down never opens), so this waits for the circuit.</summary>
    public Task OpenQueueAsync() => OpenAsync("data-requests");

    private async Task OpenAsync(string address)
    {
        await page.GotoAsync(address);
        await new ShellPage(page).WaitForCircuitAsync();
    }

    /// <summary>Opens a Radzen drop-down by its label and picks the option with this text.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }
}
