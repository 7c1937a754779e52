using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Audit;

namespace Portal.Benchmarks.Scenarios;

/// <summary>
/// Audit: appends/s with 8 concurrent writers through <see cref="IAuditLog.RecordAsync"/> (durable on return), then
/// the log filled to the verify size (by many callers, not timed) and the whole chain verified by
/// <see cref="AuditVerifier"/> (what <c>audit verify</c> and the page run). Targets: ≥ 2,000/s; verify 1M ≤ 10 s.
/// </summary>
public sealed class AuditScenario : IBenchScenario
{
    public string Name => "audit";

    public async Task RunAsync(BenchContext context)
    {
        using var portal = BenchPortal.New(context);
        _ = portal.RootUri;
        var appends = context.Sizes.AuditAppends;
        await AppendAsync(portal, writers: 8, 50); // warm-up
        var watch = Stopwatch.StartNew();
        await AppendAsync(portal, writers: 8, appends);
        context.Add(Name, "appends/s, 8 concurrent writers", appends / watch.Elapsed.TotalSeconds, "/s", $"{appends:N0} appends", BenchTarget.Min(2_000));

        var target = context.Sizes.AuditVerifyEntries;
        var existing = await CountAsync(portal);
        watch.Restart();
        await AppendAsync(portal, writers: 256, target - existing);
        context.Log($"  filled {target - existing:N0} entries in {watch.Elapsed.TotalSeconds:0.0} s (256 callers)");
        var result = await portal.Services.GetRequiredService<AuditVerifier>().VerifyAsync();
        if (!result.Intact)
        {
            throw new InvalidOperationException(result.Summary);
        }
        context.Add(Name, "verify whole chain", result.Elapsed.TotalSeconds, "s", $"{result.Count:N0} entries",
            result.Count >= 1_000_000 ? BenchTarget.Max(10) : null);
    }

    private static async Task AppendAsync(PortalAppFactory portal, int writers, int count)
    {
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
            while (Interlocked.Increment(ref next) is var i && i <= count)
            {
                await log.RecordAsync(new AuditEvent(AuditActions.CustomerViewed)
                {
                    Target = new AuditTarget(AuditTargetTypes.Customer, $"walcu:1:{i:x12}"),
                    DealershipId = 1,
                    Detail = $"benchmark writer {w}",
                });
            }
        })));
    }

    private static async Task<int> CountAsync(PortalAppFactory portal)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.Set<AuditEntry>().CountAsync();
    }
}
