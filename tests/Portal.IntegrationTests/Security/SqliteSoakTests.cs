using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Features.Customers.Search;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// SQLite under load: 8 writers appending audit entries and 16 readers (customer search, audit pages) at once. Runs
/// for PORTAL_SOAK_SECONDS (5 s in the test command; scripts/soak.sh runs it for 10 minutes). Nothing may fail —
/// no "database is locked" — and every append that returned is in the chain, which still verifies.
/// </summary>
public sealed class SqliteSoakTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const int Writers = 8;
    private const int Readers = 16;

    [Fact]
    public async Task Soak_EightWritersSixteenReaders_NoErrorAndNoLostEntry()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("PORTAL_SOAK_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : 5;
        using var stop = new CancellationTokenSource();
        var errors = new ConcurrentQueue<string>();
        var appended = 0L;
        var reads = 0L;
        var run = $"soak-{Guid.NewGuid():N}";
        _ = portal.Factory.RootUri; // start the portal once, before 24 threads ask for its services
        stop.CancelAfter(TimeSpan.FromSeconds(seconds));

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            await using var scope = await portal.Factory.ActAsAsync("manager@sandbox.local");
            var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            var i = 0;
            do
            {
                await Guard(errors, async () =>
                {
                    await audit.RecordAsync(new AuditEvent(AuditActions.CustomerSearched) { Detail = $"{run} w{w} #{i}" });
                    Interlocked.Increment(ref appended);
                });
                i++;
            }
            while (!stop.IsCancellationRequested);
        }));
        var readers = Enumerable.Range(0, Readers).Select(r => Task.Run(async () =>
        {
            await using var scope = await portal.Factory.ActAsAsync("admin@sandbox.local");
            var search = scope.ServiceProvider.GetRequiredService<CustomerSearchService>();
            var auditPages = scope.ServiceProvider.GetRequiredService<AuditQueryService>();
            do
            {
                await Guard(errors, async () =>
                {
                    _ = r % 2 == 0
                        ? await search.SearchAsync(new CustomerSearchRequest { Text = "smi" }) as object
                        : await auditPages.PageAsync(AuditFilter.None, new AuditPageRequest());
                    Interlocked.Increment(ref reads);
                });
            }
            while (!stop.IsCancellationRequested);
        }));
        await Task.WhenAll(writers.Concat(readers));

        Assert.True(errors.IsEmpty, $"{errors.Count} failures, e.g.: {string.Join(" | ", errors.Take(3))}");
        Assert.True(appended > 0 && reads > 0, $"appended {appended}, read {reads}");
        await using var db = await portal.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(appended, await db.Set<AuditEntry>().LongCountAsync(e => e.Detail != null && e.Detail.StartsWith(run)));
        var verification = await portal.Factory.Services.GetRequiredService<AuditVerifier>().VerifyAsync();
        Assert.True(verification.Intact, verification.Summary);
    }

    private static async Task Guard(ConcurrentQueue<string> errors, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            errors.Enqueue($"{e.GetType().Name}: {e.Message}");
        }
    }
}
