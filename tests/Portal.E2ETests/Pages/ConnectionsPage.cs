namespace Portal.E2ETests.Pages;

/// <summary>Admin > Connections: the grouped list, its row actions, and the connection and secret dialogs.</summary>
public sealed class ConnectionsPage(IPage page)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    /// <summary>Radzen's confirm dialog is an alertdialog.</summary>
    public ILocator Confirmation => page.GetByRole(AriaRole.Alertdialog);

    public ILocator TestOutcome => Dialog.GetByRole(AriaRole.Status, new() { Name = "Connection test result" });

    public async Task OpenAsync()
    {
        await page.GotoAsync("admin/connections");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Connections", Exact = true }).WaitForAsync();
        await new ShellPage(page).WaitForCircuitAsync();
    }

    /// <summary>Opens "Add connection" and fills the common fields (the vendor first: it decides the other fields).</summary>
    public async Task StartAddAsync(string vendor, string name, string dealership, string baseUrl)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add connection" }).ClickAsync();
        await Dialog.GetByRole(AriaRole.Combobox, new() { Name = "Vendor" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = vendor, Exact = true }).ClickAsync();
        await Dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Dialog.GetByRole(AriaRole.Combobox, new() { Name = "Dealership" }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = dealership, Exact = true }).ClickAsync();
        await Dialog.GetByLabel("Base URL").FillAsync(baseUrl);
    }

    public Task FillAsync(string label, string value) => Dialog.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    public Task ClickInDialogAsync(string button) => Dialog.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public Task RowActionAsync(string action, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"{action}: {name}", Exact = true }).ClickAsync();

    public Task ConfirmAsync(string button) => Confirmation.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public ILocator Row(string name) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });

    public ILocator Notification(string text) => page.Locator(".rz-notification").Filter(new() { HasText = text });
}
