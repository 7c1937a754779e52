using Portal.Features.Customers.Sync;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Sync;

public sealed class SyncResumeTests
{
    [Theory]
    [InlineData(VendorKind.Walcu)]
    [InlineData(VendorKind.Guardant)]
    public async Task Run_CancelledAfterTwoBatches_NextRunResumesWithoutDuplicates(VendorKind vendor)
    {
        using var harness = new SyncHarness(people: 200, batchSize: 20);
        using var cancel = new CancellationTokenSource();
        var batches = 0;

        var cut = await harness.RunAsync(vendor, cancel.Token, _ =>
        {
            if (++batches == 2)
            {
                cancel.Cancel();
            }
        });
        var afterCut = await harness.RowsAsync(vendor);
        var resumed = await harness.RunAsync(vendor);

        var rows = await harness.RowsAsync(vendor);
        Assert.Equal(SyncRunStatus.Cancelled, cut.Status);
        Assert.Equal(40, afterCut.Count);
        Assert.Equal(SyncRunStatus.Succeeded, resumed.Status);
        Assert.Equal(rows.Count, rows.Select(r => r.SourceRef).Distinct().Count());
        Assert.Equal(SandboxTruth.Held(harness.Population, vendor).Count, rows.Count);
        Assert.True(resumed.Read < rows.Count + 20, $"the resumed run read {resumed.Read} of {rows.Count}: it started over");
    }
}
