namespace Portal.E2ETests.Pages;

/// <summary>The signed-in layout: app bar and side navigation.</summary>
public sealed class ShellPage(IPage page)
{
    public ILocator SignedInUser => page.GetByTestId("signed-in-user");

    public ILocator Navigation => page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" })
        .Or(page.Locator(".rz-sidebar")).First;

    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });

    public async Task<IReadOnlyList<string>> NavigationTextsAsync()
    {
        await page.Locator(".rz-navigation-item-text").First.WaitForAsync();
        var texts = await page.Locator(".rz-sidebar .rz-navigation-item-text").AllInnerTextsAsync();
        return texts.Select(t => t.Trim()).ToList();
    }

    /// <summary>
    /// Waits until the circuit has rendered the layout (it marks itself interactive), so clicks reach the server. The
    /// prerendered page looks the same but drops clicks.
    /// </summary>
    public Task WaitForCircuitAsync() =>
        page.Locator("main[data-interactive=true]").WaitForAsync(new() { Timeout = 15_000 });
}
