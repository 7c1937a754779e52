namespace Portal.E2ETests.Pages;

/// <summary>The customer search page, found by label and role as a person would.</summary>
public sealed class CustomerSearchPage(IPage page)
{
    public ILocator SearchBox => page.GetByLabel("Search customers");

    public ILocator Results => page.GetByRole(AriaRole.Grid, new() { Name = "Customers found" });

    public ILocator ResultLinks => Results.GetByRole(AriaRole.Link);

    public ILocator Source(string vendor) => page.GetByRole(AriaRole.Checkbox, new() { Name = vendor, Exact = true });

    public ILocator SortBy => page.GetByLabel("Sort by");

    public ILocator LiveButton => page.GetByRole(AriaRole.Button, new() { Name = "Search vendors live" });

    public ILocator LiveAnswer(string connectionName) => page.GetByLabel($"{connectionName} results");

    /// <summary>Why this connection has no live answer (its alert), e.g. "... could not be searched: timed out."</summary>
    public ILocator LiveProblem(string connectionName) => LiveAnswer(connectionName).GetByRole(AriaRole.Alert);

    /// <summary>The "N found · M ms" badge of a connection that answered.</summary>
    public ILocator LiveFound(string connectionName) => LiveAnswer(connectionName).GetByText(new System.Text.RegularExpressions.Regex(@"^\d+ found"));

    /// <summary>
    /// Opens the page and waits until the search box has the focus. Enabled is not enough: the router focuses the
    /// h1 after the first interactive render, which can land after the box is enabled and swallow the keys typed
    /// meanwhile (the box then holds only "L" of "Lopez"); the box takes the focus back after that.
    /// </summary>
    public async Task OpenAsync(string query = "")
    {
        await page.GotoAsync("customers" + query);
        await Assertions.Expect(SearchBox).ToBeFocusedAsync(new() { Timeout = 15_000 });
    }

    /// <summary>Chooses an order and waits until the rows shown are in it (the URL changes before they arrive).</summary>
    public async Task ChooseSortAsync(string text, string sort)
    {
        await SortBy.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = text }).ClickAsync();
        await page.Locator($".customer-results[data-sort={sort}][aria-busy=false]").WaitForAsync();
    }
}
