using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Connections;
using Portal.Features.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using Portal.Vendors;
using Portal.Vendors.MyKaarma;

namespace Portal.IntegrationTests.DataRequests;

/// <summary>
/// A portal (poll off, quick retries) and helpers: make fresh myKaarma requests through the sandbox controls, read
/// them into the portal's database as the poller does, decide as a demo user, wait for the sender.
/// </summary>
public sealed class DataRequestHarness : IDisposable
{
    public const string Compliance = "compliance@sandbox.local";
    public const string AdminUser = "admin@sandbox.local";
    public const string Manager = "manager@sandbox.local";
    public const string PendingIncome = "PROOF_OF_INCOME";
    public const string Pending = "PENDING_APPROVAL";

    public DataRequestHarness() : this(new PortalAppFactory())
    {
    }

    internal DataRequestHarness(PortalAppFactory factory)
    {
        Factory = factory
            .With("DataRequests:RetryBaseDelay", "00:00:00.100")
            .With("DataRequests:RetryMaxDelay", "00:00:00.500")
            .With("Vendors:Resilience:AttemptTimeout", "00:00:10")
            .With("Vendors:Resilience:TotalTimeout", "00:00:30")
            // Faulted tests may open the breaker; the sender retries through it, and other tests should not wait 20 s.
            .With("Vendors:Resilience:BreakerBreakDuration", "00:00:01");
    }

    public PortalAppFactory Factory { get; }

    public SandboxControl Sandbox => _sandbox ??= new SandboxControl(Factory);

    private SandboxControl? _sandbox;

    /// <summary>A new view request with the given item types, all PENDING_APPROVAL, asked by <paramref name="requestedBy"/>.</summary>
    public async Task<(MyKaarmaTestRequest Request, IReadOnlyList<long> ItemIds)> CreateAsync(string requestedBy, params string[] types)
    {
        var request = await MyKaarmaSandboxRequests.CreateAsync(Sandbox, requestedBy, types.Select(t => (t, Pending)).ToArray());
        await ReadAsync(request.Token);
        return (request, await CreateIdsAsync(request));
    }

    /// <summary>The portal's ids of a request's items (read with <see cref="ReadAsync"/> first).</summary>
    public async Task<IReadOnlyList<long>> CreateIdsAsync(MyKaarmaTestRequest request)
    {
        await using var db = await DbAsync();
        var ids = new List<long>();
        foreach (var uuid in request.ItemUuids)
        {
            ids.Add(await db.Set<DataRequestRow>().Where(r => r.ItemUuid == uuid).Select(r => r.Id).SingleAsync());
        }
        return ids;
    }

    /// <summary>Reads one view request into the portal's database exactly as the poller does for each open one.</summary>
    public async Task ReadAsync(string token)
    {
        var connection = await ConnectionAsync();
        var client = Factory.Services.GetRequiredService<IVendorClientFactory>().Create<IMyKaarmaClient>(connection.Connection);
        var profile = await client.GetCustomerProfileAsync(MyKaarmaSandboxRequests.Department, token)
            ?? throw new InvalidOperationException("No profile for the new request.");
        await Factory.Services.GetRequiredService<DataRequestStore>().UpsertAsync(connection, token, profile, null, CancellationToken.None);
    }

    public async Task<ResolvedConnection> ConnectionAsync()
    {
        var id = (await Sandbox.ConnectionAsync(VendorKind.MyKaarma)).Id;
        return await Factory.Services.GetRequiredService<ConnectionCatalog>().GetAsync(id) ?? throw new InvalidOperationException("No connection.");
    }

    public Task<IReadOnlyList<DecisionOutcome>> DecideAsync(string email, DecisionKind kind, string? reason, string? overrideReason, params long[] itemIds) =>
        Factory.AsAsync<DecisionService, IReadOnlyList<DecisionOutcome>>(email, s => s.DecideAsync(itemIds, kind, reason, overrideReason));

    public async Task<DataRequestDecision> DecisionAsync(long decisionId)
    {
        await using var db = await DbAsync();
        return await db.Set<DataRequestDecision>().AsNoTracking().Include(d => d.Item).SingleAsync(d => d.Id == decisionId);
    }

    /// <summary>Waits (up to 30 s) for the sender to take the decision out of Submitting.</summary>
    public async Task<DataRequestDecision> SettledAsync(long decisionId)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var decision = await DecisionAsync(decisionId);
            if (decision.State != DecisionState.Submitting || watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                return decision;
            }
            await Task.Delay(100);
        }
    }

    public async Task<PortalDbContext> DbAsync()
    {
        _ = Factory.RootUri;
        return await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
    }

    public void Dispose() => Factory.Dispose();
}
