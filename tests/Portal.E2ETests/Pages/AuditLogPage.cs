namespace Portal.E2ETests.Pages;

/// <summary>The audit log page, found by role and label as a person would.</summary>
public sealed class AuditLogPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "Audit log", Level = 1 });

    public ILocator Grid => page.GetByRole(AriaRole.Grid, new() { Name = "Audit entries" });

    public ILocator Rows => Grid.Locator("tbody tr");

    public ILocator ApplyButton => page.GetByRole(AriaRole.Button, new() { Name = "Apply filter" });

    public ILocator VerifyButton => page.GetByRole(AriaRole.Button, new() { Name = "Verify chain" });

    public ILocator VerifyResult => page.GetByTestId("audit-verify-result");

    public ILocator ExportLink => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" });

    public ILocator ChartSummary => page.GetByTestId("audit-chart-summary");

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator RowWith(string text) => Rows.Filter(new() { HasText = text });

    /// <summary>Opens a Radzen drop-down by its label and picks the option with this text.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }
}
