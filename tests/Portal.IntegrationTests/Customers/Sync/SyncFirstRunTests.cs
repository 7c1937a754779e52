using Portal.Features.Customers.Sync;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Sync;

public sealed class SyncFirstRunTests(SyncHarness harness) : IClassFixture<SyncHarness>
{
    [Theory]
    [InlineData(VendorKind.Walcu)]
    [InlineData(VendorKind.Drivly)]
    [InlineData(VendorKind.Cova)]
    [InlineData(VendorKind.Guardant)]
    public async Task Run_FirstFullRun_IndexesEverySandboxRecordOfTheVendor(VendorKind vendor)
    {
        var run = await harness.RunAsync(vendor);

        var rows = await harness.RowsAsync(vendor);
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.Equal(rows.Count, rows.Select(r => r.SourceRef).Distinct().Count());
        var people = rows.Select(r => SandboxTruth.PersonIndex(harness.Population, vendor, r.ExternalId)).ToList();
        Assert.DoesNotContain(null, people);
        Assert.Equal(SandboxTruth.Held(harness.Population, vendor).Order(), people.OfType<int>().Distinct().Order());
        Assert.All(rows, r => Assert.False(r.LinkPending));
    }

    [Theory]
    [InlineData(VendorKind.Walcu)]
    [InlineData(VendorKind.Drivly)]
    [InlineData(VendorKind.Cova)]
    [InlineData(VendorKind.Guardant)]
    [InlineData(VendorKind.MyKaarma)]
    public async Task Run_SecondRunWithoutChanges_WritesNothing(VendorKind vendor)
    {
        await harness.RunAsync(vendor);

        var second = await harness.RunAsync(vendor);

        Assert.Equal(SyncRunStatus.Succeeded, second.Status);
        Assert.Equal(0, second.Written);
    }

    [Fact]
    public async Task Run_MyKaarma_IndexesTheProfileOfEveryOpenViewRequest()
    {
        var run = await harness.RunAsync(VendorKind.MyKaarma);

        var rows = await harness.RowsAsync(VendorKind.MyKaarma);
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.NotNull(SandboxTruth.PersonIndex(harness.Population, VendorKind.MyKaarma, r.ExternalId)));
    }
}
