using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers;
using Portal.Features.Customers.Profile;
using Portal.Vendors;
using Portal.Vendors.Model;
using Radzen;

namespace Portal.Tests.Features.Customers.Profile;

/// <summary>A source panel's status line: loading, live, or the index copy with its age and the vendor's failure.</summary>
public sealed class SourceStatusTests : BunitContext
{
    private static readonly SourceRef Source = new(VendorKind.Drivly, 4, "136");
    private readonly ManualTime _time = new();

    public SourceStatusTests()
    {
        Services.AddRadzenComponents();
        Services.AddSingleton<TimeProvider>(_time);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Failed_NamesTheVendorAndReasonAndKeepsTheIndexCopyWithItsAge()
    {
        var status = Render(new LiveRead(Source, _time.Now) { Problem = "Drivly: credentials refused (401) (expired)" });

        var text = status.Find("[role=status]").TextContent;
        Assert.Contains("Live read failed", text);
        Assert.Contains("Drivly: credentials refused (401)", text);
        Assert.Contains("index copy from 7 min ago", text);
    }

    [Fact]
    public void Pending_ShowsProgressAndTheIndexCopy()
    {
        var status = Render(null);

        Assert.NotNull(status.Find("[aria-label='Reading Drivly live']"));
        Assert.Contains("index copy from 7 min ago", status.Markup);
    }

    [Fact]
    public void Live_SaysWhenItWasRead()
    {
        var status = Render(new LiveRead(Source, _time.Now) { Record = new CustomerRecord(Source) });

        Assert.Contains("read 2026-11-22 09:00:00 UTC", status.Find("[role=status]").TextContent);
        Assert.DoesNotContain("index copy", status.Markup);
    }

    private IRenderedComponent<SourceStatus> Render(LiveRead? read) => Render<SourceStatus>(p => p
        .Add(x => x.Record, new PersonRecord(new CustomerRecord(Source), _time.Now.AddMinutes(-7), false, 1, "", "Single"))
        .Add(x => x.Read, read));
}
