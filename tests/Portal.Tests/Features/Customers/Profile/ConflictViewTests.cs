using Portal.Features.Customers.Profile.Editing;
using Radzen;

namespace Portal.Tests.Features.Customers.Profile;

/// <summary>The conflict view: per field, what the user started from, theirs and mine, and the two ways on.</summary>
public sealed class ConflictViewTests : BunitContext
{
    public ConflictViewTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Render_ShowsTheirsAndMinePerField()
    {
        var view = Render(_ => { }, _ => { });

        var row = view.FindAll("tbody tr").Single();
        Assert.Equal(["Email", "old@example.com", "theirs@example.com", "mine@example.com"],
            row.Children.Select(c => c.TextContent.Trim()));
        Assert.Contains("Changed in Guardant", view.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void Buttons_KeepMineAndTakeTheirs_ReachTheEditor()
    {
        var chosen = new List<string>();
        var view = Render(_ => chosen.Add("mine"), _ => chosen.Add("theirs"));

        view.FindAll("button").First(b => b.TextContent.Contains("Keep mine", StringComparison.Ordinal)).Click();
        view.FindAll("button").First(b => b.TextContent.Contains("Take theirs", StringComparison.Ordinal)).Click();

        Assert.Equal(["mine", "theirs"], chosen);
    }

    private IRenderedComponent<ConflictView> Render(Action<object?> mine, Action<object?> theirs) => Render<ConflictView>(p => p
        .Add(x => x.Message, "Changed in Guardant since you opened it")
        .Add(x => x.Conflicts, [new FieldConflict("email", "Email", "old@example.com", "theirs@example.com", "mine@example.com")])
        .Add(x => x.KeepMine, () => mine(null))
        .Add(x => x.TakeTheirs, () => theirs(null)));
}
