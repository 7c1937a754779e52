using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Admin.Dealerships;
using Radzen;

namespace Portal.Tests.Features.Admin;

public sealed class DealershipEditorTests : BunitContext
{
    private readonly List<DealershipInput> _saved = [];

    public DealershipEditorTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Submit_NoName_ShowsProblemAndDoesNotSave()
    {
        var form = RenderEditor(new DealershipInput());

        form.Find("form").Submit();

        Assert.Contains("Enter the dealership's name.", Messages(form));
        Assert.Empty(_saved);
    }

    [Fact]
    public void Submit_UnknownTimeZone_ShowsProblemAndDoesNotSave()
    {
        var form = RenderEditor(new DealershipInput { Name = "North Motors", TimeZoneId = "Mars/Olympus_Mons" });

        form.Find("form").Submit();

        Assert.Contains("Choose a time zone from the list.", Messages(form));
        Assert.Empty(_saved);
    }

    [Fact]
    public void Submit_NameAndKnownTimeZone_Saves()
    {
        var form = RenderEditor(new DealershipInput { TimeZoneId = "America/Chicago" });
        form.Find("#dealership-name").Change("North Motors");

        form.Find("form").Submit();

        var saved = Assert.Single(_saved);
        Assert.Equal(("North Motors", "America/Chicago"), (saved.Name, saved.TimeZoneId));
    }

    [Fact]
    public void Render_TimeZonePicker_HasAnAccessibleName()
    {
        var form = RenderEditor(new DealershipInput());

        Assert.NotNull(form.Find("[role=combobox][aria-label='Time zone']"));
        Assert.Contains("America/Chicago", TimeZones.All);
    }

    private IRenderedComponent<DealershipEditor> RenderEditor(DealershipInput input) => Render<DealershipEditor>(p => p
        .Add(e => e.Input, input)
        .Add(e => e.IsNew, true)
        .Add(e => e.Save, saved =>
        {
            _saved.Add(saved);
            return Task.CompletedTask;
        }));

    private static List<string> Messages(IRenderedComponent<DealershipEditor> form) =>
        form.FindAll(".validation-message").Select(m => m.TextContent.Trim()).ToList();
}
