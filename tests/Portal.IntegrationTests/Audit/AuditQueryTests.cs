using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>What the page reads: keyset pages, filters and the per-day chart, on a real SQLite file.</summary>
public sealed class AuditQueryTests : AuditStoreTests
{
    internal override async Task SeedAsync(AuditTestStore store)
    {
        await store.AppendAsync(3);
        await store.AppendAsync(2, AuditActions.AccessDenied, AuditOutcome.Denied);
        await store.AppendAsync(1, AuditActions.SignInFailed, AuditOutcome.Failed);
    }

    [Fact]
    public async Task NewestFirst_OlderThanCursor_ReturnsTheNextPageNewestFirst()
    {
        await using var db = await ContextAsync();

        var page = await AuditQuery.NewestFirst(await AuditQuery.FilterAsync(db, AuditFilter.None), olderThan: 5, take: 3).Select(e => e.Sequence).ToListAsync();

        Assert.Equal([4L, 3, 2], page);
    }

    [Fact]
    public async Task FilterAsync_OutcomeAndToday_OnlyThose()
    {
        await using var db = await ContextAsync();
        var today = await DayOfNewestAsync(db);

        var query = await AuditQuery.FilterAsync(db, new AuditFilter { Outcome = AuditOutcome.Denied, From = today, To = today });

        Assert.Equal([5L, 4], await AuditQuery.NewestFirst(query, null, 10).Select(e => e.Sequence).ToListAsync());
    }

    [Fact]
    public async Task FilterAsync_DaysWithoutEntries_Empty()
    {
        await using var db = await ContextAsync();
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);

        var query = await AuditQuery.FilterAsync(db, new AuditFilter { From = future, To = future.AddDays(1) });

        Assert.Empty(await query.ToListAsync());
    }

    [Fact]
    public async Task DailyCounts_TodayMixedOutcomes_CountsEachOutcome()
    {
        await using var db = await ContextAsync();
        var today = await DayOfNewestAsync(db);

        var counts = await AuditDailyCounts.CountAsync(db, AuditFilter.None, today.AddDays(-2), today, CancellationToken.None);

        Assert.Equal(
            [new AuditDayCount(today, AuditOutcome.Denied, 2), new AuditDayCount(today, AuditOutcome.Failed, 1), new AuditDayCount(today, AuditOutcome.Succeeded, 3)],
            counts.OrderBy(c => c.Outcome.ToString()));
    }

    // The entries' own day, not the clock's: a run across midnight UTC must not fail.
    private static async Task<DateOnly> DayOfNewestAsync(PortalDbContext db) =>
        DateOnly.FromDateTime(await db.AuditEntries().MaxAsync(e => e.TimestampUtc));

    private Task<PortalDbContext> ContextAsync() =>
        Store.App.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
