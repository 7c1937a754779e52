using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.E2ETests.Pages;
using Portal.Features.Audit;
using Portal.Features.DataRequests;

namespace Portal.E2ETests.FaultMatrix;

/// <summary>
/// The data-request queue (myKaarma only) with myKaarma failing in each way: a refresh names myKaarma and the reason,
/// the queue the portal already had still shows unchanged, nothing is written and the refresh is audited with its
/// failure; on an item page, showing the entered text says why it is not shown and records no view.
/// </summary>
[Collection(FaultMatrixCollection.Name)]
public sealed class FaultMatrixDataRequestTests(FaultMatrixFixture fixture) : IAsyncLifetime
{
    private const string User = "compliance@sandbox.local";
    private const string Vendor = "mykaarma";

    public static TheoryData<string, string> Cases => FaultCase.Matrix(Vendor);

    public Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        // The queue as a healthy poll left it: what every failing refresh must leave alone.
        return fixture.OnceAsync("data-requests", () => fixture.Portal.AsAsync<DataRequestQueueService>(User, s => s.RefreshAsync()));
    }

    public Task DisposeAsync() => fixture.ResetAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Refresh_MyKaarmaFails_NamedWithReason_QueueUnchanged_NothingWritten(string vendor, string fault)
    {
        var before = await RowsAsync();
        await fixture.FaultCaseAsync(User, "data-requests", vendor, fault, async (page, @case, audited) =>
        {
            await page.GotoAsync("data-requests");
            var pages = new DataRequestPages(page);
            await Assertions.Expect(pages.Queue.GetByRole(AriaRole.Link).First).ToBeVisibleAsync();
            var shown = await pages.Queue.GetByRole(AriaRole.Link).AllInnerTextsAsync();

            var watch = Stopwatch.StartNew();
            await pages.RefreshButton.ClickAsync();

            await Assertions.Expect(pages.RefreshProblems).ToContainTextAsync($"Not read from myKaarma (sandbox): {@case.Reason}.");
            await Assertions.Expect(pages.RefreshStatus).ToContainTextAsync("could not be read");
            FaultMatrixFixture.AssertSettled(watch, "The refresh");
            await Assertions.Expect(pages.Queue.GetByRole(AriaRole.Link)).ToHaveTextAsync(shown.ToArray());
            if (fault == "timeout")
            {
                await BrowserFixture.ScreenshotAsync(page, "fault-matrix-data-requests-timeout");
            }

            Assert.Empty(await fixture.WritesAsync());
            Assert.Equal(before, await RowsAsync());
            var entry = await fixture.AuditAfterAsync(audited, AuditActions.DataRequestsRefreshed);
            Assert.NotNull(entry);
            Assert.DoesNotContain("failures 0", entry.Detail);
        });
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ItemText_MyKaarmaFails_NamedWithReason_PageStays_NoViewRecorded(string vendor, string fault)
    {
        var item = await ItemWithTextAsync();
        await fixture.FaultCaseAsync(User, "data-request-item", vendor, fault, async (page, @case, audited) =>
        {
            var pages = new DataRequestPages(page);
            await pages.OpenItemAsync(item);
            await Assertions.Expect(pages.ItemStatus).ToBeVisibleAsync();

            var watch = Stopwatch.StartNew();
            await pages.ShowTextButton.ClickAsync();

            await Assertions.Expect(pages.TextProblem).ToContainTextAsync($"Not shown: myKaarma: {@case.Reason}.");
            FaultMatrixFixture.AssertSettled(watch, "Showing the text");
            await Assertions.Expect(pages.ItemStatus).ToBeVisibleAsync();
            await Assertions.Expect(pages.Decisions).ToBeVisibleAsync();
            await Assertions.Expect(pages.ShowTextButton).ToBeEnabledAsync();

            Assert.Empty(await fixture.WritesAsync());
            Assert.Null(await fixture.AuditAfterAsync(audited, AuditActions.DataRequestViewed, wait: TimeSpan.Zero));
        });
    }

    // What a failing refresh must leave as it was: the items, their decisions, and the newest update time.
    private Task<(int Rows, int Decisions, DateTimeOffset? Updated)> RowsAsync() => fixture.QueryAsync(async db =>
    {
        var updated = await db.Set<DataRequestRow>().Select(r => r.UpdatedUtc).ToListAsync();
        return (updated.Count, await db.Set<DataRequestDecision>().CountAsync(), updated.Count == 0 ? (DateTimeOffset?)null : updated.Max());
    });

    private Task<long> ItemWithTextAsync() => fixture.QueryAsync(db =>
        db.Set<DataRequestRow>().Where(r => r.HasText && r.ViewRequestToken != null).Select(r => r.Id).FirstAsync());
}
