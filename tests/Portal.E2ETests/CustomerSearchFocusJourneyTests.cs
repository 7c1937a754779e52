using System.Text.RegularExpressions;
using Portal.E2ETests.Pages;

namespace Portal.E2ETests;

/// <summary>
/// The router focuses the page's h1 after the first interactive render (FocusOnNavigate). When that focus arrives
/// late, after the search box is already enabled, it used to take the keys of someone typing: the box kept "L" of
/// "Lopez" and the search ran for "L". Here the circuit is made to lag exactly there, so the late focus always lands
/// while typing would start; the page is ready only once the box has the focus back, and no key is lost.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomerSearchFocusJourneyTests(BrowserFixture fixture)
{
    private const string Typed = "Hernandez";

    [Fact]
    public async Task Search_RouterFocusArrivesLate_TypingStillReachesTheBox()
    {
        var page = await fixture.NewPageAsync();
        await new SignInPage(page).SignInAsync("manager@sandbox.local", PortalAppFactory.DemoPassword);
        await Assertions.Expect(new ShellPage(page).SignedInUser).ToBeVisibleAsync();
        await SocketLag.HoldFromAsync(page, "focusBySelector", TimeSpan.FromMilliseconds(600));
        var search = new CustomerSearchPage(page);
        await search.OpenAsync();

        await search.SearchBox.PressSequentiallyAsync(Typed, new() { Delay = 100 });

        await Assertions.Expect(search.SearchBox).ToHaveValueAsync(Typed);
        await Assertions.Expect(search.SearchBox).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"q={Typed}$"));
    }
}
