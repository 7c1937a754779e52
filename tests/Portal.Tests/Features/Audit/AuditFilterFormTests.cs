using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Audit;
using Radzen;

namespace Portal.Tests.Features.Audit;

public sealed class AuditFilterFormTests : BunitContext
{
    private readonly List<AuditFilter> _applied = [];

    public AuditFilterFormTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Apply_StartAfterEnd_ShowsWhyAndAppliesNothing()
    {
        var form = RenderForm(new AuditFilter { From = new DateOnly(2026, 5, 2), To = new DateOnly(2026, 5, 1) });

        form.FindAll("button").Single(b => b.TextContent.Contains("Apply filter")).Click();

        Assert.Contains("start day must not be after the end day", form.Find("[role=alert]").TextContent);
        Assert.Empty(_applied);
    }

    [Fact]
    public void Apply_TargetIdWithoutType_ShowsWhyAndAppliesNothing()
    {
        var form = RenderForm(new AuditFilter { TargetId = "drivly:1" });

        form.FindAll("button").Single(b => b.TextContent.Contains("Apply filter")).Click();

        Assert.Contains("Choose a target type", form.Find("[role=alert]").TextContent);
        Assert.Empty(_applied);
    }

    [Fact]
    public void Apply_ValidFilter_RaisesApplied()
    {
        var filter = new AuditFilter { From = new DateOnly(2026, 5, 1), Outcome = AuditOutcome.Denied, TargetType = "customer", TargetId = "cova:9" };
        var form = RenderForm(filter);

        form.FindAll("button").Single(b => b.TextContent.Contains("Apply filter")).Click();

        Assert.Equal([filter], _applied);
        Assert.Empty(form.FindAll("[role=alert]"));
    }

    [Fact]
    public void Render_EveryControl_HasAVisibleLabel()
    {
        var form = RenderForm(AuditFilter.None);

        var labels = form.FindAll("label.rz-label").Select(l => l.GetAttribute("for")).ToList();

        Assert.Equal(8, labels.Count);
        Assert.All(labels, id => Assert.NotNull(form.Find($"#{id}")));
    }

    private IRenderedComponent<AuditFilterForm> RenderForm(AuditFilter value) => Render<AuditFilterForm>(p => p
        .Add(f => f.Options, new AuditFilterOptions([new("u-1", "Test User")], [new("1", "Demo Motors")]))
        .Add(f => f.Value, value)
        .Add(f => f.Applied, (AuditFilter f) => _applied.Add(f)));
}
