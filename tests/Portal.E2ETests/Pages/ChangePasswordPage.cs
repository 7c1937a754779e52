namespace Portal.E2ETests.Pages;

/// <summary>Account > Change password, found by label as a person would.</summary>
public sealed class ChangePasswordPage(IPage page)
{
    public ILocator Notice => page.GetByRole(AriaRole.Status);

    public async Task ChangeAsync(string current, string next)
    {
        await page.GetByLabel("Current password").FillAsync(current);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(next);
        await page.GetByLabel("Confirm new password").FillAsync(next);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
    }
}
