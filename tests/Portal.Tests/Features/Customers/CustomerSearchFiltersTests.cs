using Portal.Features.Customers.Search;
using Portal.Vendors;
using Radzen;

namespace Portal.Tests.Features.Customers;

/// <summary>The search box's rules, with the debounce set long (an hour: it never elapses) or to zero; never waited on.</summary>
public sealed class CustomerSearchFiltersTests : BunitContext
{
    private readonly List<CustomerSearchState> _changes = [];

    public CustomerSearchFiltersTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Typing_KeystrokesWithinDebounce_SearchOnlyForTheLast()
    {
        var filters = Render(TimeSpan.FromHours(1), CustomerSearchState.Empty);
        var box = filters.Find("#customer-search");

        box.Input("a");
        box.Input("ad");
        filters.Render(p => p.Add(f => f.Debounce, TimeSpan.Zero));
        filters.Find("#customer-search").Input("ada");

        filters.WaitForAssertion(() => Assert.Equal(["ada"], _changes.Select(c => c.Text)));
    }

    [Fact]
    public void Typing_OwnSearchEchoedBack_DoesNotOverwriteWhatIsTypedSince()
    {
        var filters = Render(TimeSpan.Zero, CustomerSearchState.Empty);
        filters.Find("#customer-search").Input("ada");
        filters.WaitForAssertion(() => Assert.Single(_changes));
        filters.Render(p => p.Add(f => f.Debounce, TimeSpan.FromHours(1)));
        filters.Find("#customer-search").Input("ada lov");

        filters.Render(p => p.Add(f => f.State, _changes[0])); // the URL catches up with "ada"

        // The server never pushes "ada" back into the box (which by now holds "ada lov" in the browser).
        Assert.Equal("", filters.Find("#customer-search").GetAttribute("value"));
    }

    [Fact]
    public void Typing_EarlierEchoArrivesAfterALaterSearchWasSent_DoesNotResetTheBox()
    {
        var filters = Render(TimeSpan.Zero, CustomerSearchState.Empty);
        var box = filters.Find("#customer-search");
        box.Input("l");
        box.Input("lo");
        filters.WaitForAssertion(() => Assert.Equal(["l", "lo"], _changes.Select(c => c.Text)));

        filters.Render(p => p.Add(f => f.State, _changes[0])); // "l" comes back late
        filters.Render(p => p.Add(f => f.State, _changes[1]));

        Assert.Equal("", filters.Find("#customer-search").GetAttribute("value"));
    }

    [Fact]
    public void State_ChangedFromOutside_ReplacesTheBox()
    {
        var filters = Render(TimeSpan.Zero, CustomerSearchState.Empty with { Text = "ada" });

        filters.Render(p => p.Add(f => f.State, CustomerSearchState.Empty with { Text = "grace" }));

        Assert.Equal("grace", filters.Find("#customer-search").GetAttribute("value"));
    }

    [Fact]
    public void Focus_BoxBecomesUsable_TakesTheFocusOnceAndNotOnLaterChanges()
    {
        // The router's h1 focus lands after the first render; the box takes the focus back once it is usable, so the
        // keystrokes of someone already typing are not lost (and "focused" tells a test the page is ready).
        var filters = Render(TimeSpan.Zero, null);
        JSInterop.VerifyNotInvoke("Blazor._internal.domWrapper.focus"); // disabled while the state is unknown

        filters.Render(p => p.Add(f => f.State, CustomerSearchState.Empty));
        filters.Render(p => p.Add(f => f.State, CustomerSearchState.Empty with { Text = "grace" }));

        JSInterop.VerifyFocusAsyncInvoke(calledTimes: 1); // the box is the only element it references
    }

    [Fact]
    public void Controls_EachHaveAVisibleLabel()
    {
        var filters = Render(TimeSpan.Zero, CustomerSearchState.Empty with { Sources = [VendorKind.Walcu] });

        var labels = filters.FindAll("label").Select(l => l.TextContent.Trim()).ToList();

        Assert.Contains("Search customers", labels);
        Assert.Contains("Sources", labels);
        Assert.Contains("Dealership", labels);
        Assert.Contains("Sort by", labels);
        Assert.Equal("customer-search", filters.Find("label[for=customer-search]").GetAttribute("for"));
    }

    private IRenderedComponent<CustomerSearchFilters> Render(TimeSpan debounce, CustomerSearchState? state) =>
        Render<CustomerSearchFilters>(p => p
            .Add(f => f.Debounce, debounce)
            .Add(f => f.State, state)
            .Add(f => f.Dealerships, [new DealershipChoice(1, "Demo Motors")])
            .Add(f => f.Changed, s => _changes.Add(s)));
}
