using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers.Profile;
using Portal.Vendors.Model;
using Radzen;

namespace Portal.Tests.Features.Customers.Profile;

/// <summary>Sensitive values: masked by default, revealed only with a reason, masked again when the reveal expires.</summary>
public sealed class RevealPanelTests : BunitContext
{
    private static readonly SensitiveCustomerData Data = new() { Ssn = "123-45-6789", EmployerName = "Acme Tools", DateOfBirth = new DateOnly(1980, 4, 5) };
    private readonly ManualTime _time = new();
    private readonly List<string> _reasons = [];

    public RevealPanelTests()
    {
        Services.AddRadzenComponents();
        Services.AddSingleton<TimeProvider>(_time);
        Services.AddOptions<CustomerProfileOptions>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Render_ShowsOnlyMaskedValues()
    {
        var panel = Render(canReveal: true);

        Assert.Contains("•••• 6789", panel.Markup);
        Assert.DoesNotContain("123-45-6789", panel.Markup);
        Assert.DoesNotContain("Acme", panel.Markup);
        Assert.DoesNotContain("1980", panel.Markup);
    }

    [Fact]
    public void Reveal_WithoutReason_AsksForOneAndRevealsNothing()
    {
        var panel = Render(canReveal: true);
        Click(panel, "Reveal");

        Click(panel, "Reveal values");

        Assert.Contains("Give a reason", panel.Find("[role=alert]").TextContent);
        Assert.Empty(_reasons);
        Assert.DoesNotContain("123-45-6789", panel.Markup);
    }

    [Fact]
    public void Reveal_WithReason_ShowsClearValuesUntilTheTimerMasksThemAgain()
    {
        var panel = Render(canReveal: true);
        Click(panel, "Reveal");
        var reason = panel.FindAll("label").First(l => l.TextContent.Contains("Reason for revealing", StringComparison.Ordinal)).GetAttribute("for");
        panel.Find($"#{reason}").Input("Customer asked to verify identity");

        Click(panel, "Reveal values");

        Assert.Equal(["Customer asked to verify identity"], _reasons);
        Assert.Contains("123-45-6789", panel.Markup);
        Assert.Contains("Acme Tools", panel.Markup);

        _time.FireAll();

        panel.WaitForAssertion(() => Assert.DoesNotContain("123-45-6789", panel.Markup));
        Assert.Contains("•••• 6789", panel.Markup);
    }

    [Fact]
    public void Render_RoleMayNotReveal_NoRevealButton()
    {
        var panel = Render(canReveal: false);

        Assert.DoesNotContain(panel.FindAll("button"), b => b.TextContent.Contains("Reveal", StringComparison.Ordinal));
        Assert.Contains("may not reveal", panel.Markup);
    }

    [Fact]
    public void Dispose_LeavingThePage_DropsRevealedValues()
    {
        var panel = Render(canReveal: true);
        Click(panel, "Reveal");
        panel.Find("input").Input("Checking");
        Click(panel, "Reveal values");
        Assert.Contains("123-45-6789", panel.Markup);

        panel.Instance.Dispose();
        panel.Render();

        Assert.DoesNotContain("123-45-6789", panel.Markup);
    }

    private IRenderedComponent<RevealPanel> Render(bool canReveal) => Render<RevealPanel>(p => p
        .Add(x => x.Items, SensitiveItems.Masked(Data))
        .Add(x => x.CanReveal, canReveal)
        .Add(x => x.VendorName, "Drivly")
        .Add(x => x.Reveal, reason =>
        {
            _reasons.Add(reason);
            return Task.FromResult(SensitiveItems.Clear(Data));
        }));

    private static void Click(IRenderedComponent<RevealPanel> panel, string text) =>
        panel.FindAll("button").First(b => b.TextContent.Trim().EndsWith(text, StringComparison.Ordinal)).Click();
}
