using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Audit;
using Portal.Features.DataRequests;
using Portal.IntegrationTests.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using static Portal.IntegrationTests.DataRequests.DataRequestHarness;

namespace Portal.IntegrationTests.Scale;

/// <summary>Two instances on one database: decisions taken on both are sent once, and both write one audit chain.</summary>
public sealed class ScaleDecisionAuditTests(TwoPortals portals) : IClassFixture<TwoPortals>
{
    [Fact]
    public async Task Decisions_TakenOnBothInstances_EachSubmittedToMyKaarmaExactlyOnce()
    {
        var harness = new DataRequestHarness(portals.First); // started already: its settings are TwoPortals'
        var items = new List<(long Id, string Uuid)>();
        for (var i = 0; i < 6; i++)
        {
            var (request, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);
            items.Add((ids[0], request.ItemUuids[0]));
        }

        var outcomes = await Task.WhenAll(items.Select((item, i) => (i % 2 == 0 ? portals.First : portals.Second)
            .AsAsync<DecisionService, IReadOnlyList<DecisionOutcome>>(Compliance, s => s.DecideAsync([item.Id], DecisionKind.Approve, null, null))));

        foreach (var outcome in outcomes.Select(Assert.Single))
        {
            var decision = await harness.SettledAsync(outcome.DecisionId ?? 0);
            Assert.Equal((DecisionState.Submitted, 1), (decision.State, decision.Attempts));
        }
        foreach (var (_, uuid) in items)
        {
            Assert.Equal([(true, false)], await MyKaarmaSandboxRequests.ReviewCallsAsync(portals.Sandbox, uuid));
        }
        await AssertOneChainAsync();
    }

    [Fact]
    public async Task AuditChain_BothInstancesAppendingAtOnce_VerifiesAsOneChain()
    {
        var writers = portals.Both.Select(p => p.Services.GetRequiredService<AuditWriter>()).ToArray();

        var sequences = await Task.WhenAll(Enumerable.Range(0, 12).Select(caller => Task.Run(async () =>
        {
            var mine = new List<long>();
            for (var n = 0; n < 15; n++)
            {
                mine.Add(await writers[caller % 2].AppendAsync(Entry(caller, n)));
            }
            return mine;
        })));

        var all = sequences.SelectMany(s => s).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        await AssertOneChainAsync();
    }

    private async Task AssertOneChainAsync()
    {
        foreach (var portal in portals.Both)
        {
            var result = await portal.Services.GetRequiredService<AuditVerifier>().VerifyAsync();
            Assert.True(result.Intact, result.Summary);
        }
    }

    private static AuditEntry Entry(int caller, int n) => AuditLog.ToEntry(
        new AuditEvent(AuditActions.CustomerViewed) { Target = new AuditTarget(AuditTargetTypes.Customer, $"drivly:{caller}-{n}"), Detail = "scale" },
        new AuditOrigin(new AuditActor($"user-{caller}", "Scale Test", ["Admin"]), $"corr-{caller}", "127.0.0.1", "tests"));
}
