namespace Portal.E2ETests.Pages;

/// <summary>The orders page, found by role and label as a person would.</summary>
public sealed class OrdersPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Orders", Level = 1 });

    public ILocator Grid => page.GetByRole(AriaRole.Grid, new() { Name = "Orders" });

    public ILocator Rows => Grid.Locator("tbody tr");

    public ILocator Status(string text) => page.GetByRole(AriaRole.Checkbox, new() { Name = text, Exact = true });

    public ILocator ApplyButton => page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" });

    public ILocator ExportLink => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" });

    public ILocator Filter => page.Locator(".order-filter");

    public ILocator ChartSummary => page.GetByTestId("order-chart-summary");

    public ILocator Drawer => page.GetByRole(AriaRole.Dialog);

    public ILocator CustomerLinks => Grid.Locator("a[title='Orders of this customer']");

    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync("orders" + query);
        await new ShellPage(page).WaitForCircuitAsync(); // blazor.js loaded is not the circuit connected
    }
}
