namespace Portal.E2ETests.Pages;

/// <summary>Admin > Users: the list, the add-user dialog and the temporary password dialog.</summary>
public sealed class UsersPage(IPage page)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    /// <summary>Radzen's confirm dialog is an alertdialog.</summary>
    public ILocator Confirmation => page.GetByRole(AriaRole.Alertdialog);

    public ILocator Grid => page.GetByRole(AriaRole.Grid, new() { Name = "Users" }).Or(page.Locator(".rz-data-grid")).First;

    public ILocator TemporaryPassword => Dialog.GetByLabel("Temporary password");

    public async Task OpenAsync()
    {
        await page.GotoAsync("admin/users");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Users" }).WaitForAsync();
        await new ShellPage(page).WaitForCircuitAsync();
    }

    /// <summary>Fills and submits the add-user form; the temporary password dialog follows.</summary>
    public async Task AddUserAsync(string email, string name, string roleLabel, string dealership)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Dialog.GetByLabel("Email").FillAsync(email);
        await Dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Dialog.GetByRole(AriaRole.Checkbox, new() { Name = roleLabel }).ClickAsync();
        await Dialog.GetByRole(AriaRole.Checkbox, new() { Name = dealership }).ClickAsync();
    }

    public Task SubmitAsync() => Dialog.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();

    public Task DoneAsync() => Dialog.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

    public ILocator Row(string email) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
}
