using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Sync;
using Portal.Sandbox.People;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Sync;

/// <summary>A portal whose scheduled sync is off (tests run the connections themselves), and helpers to run and read it.</summary>
public sealed class SyncHarness : IDisposable
{
    public SyncHarness() : this(people: 200)
    {
    }

    internal SyncHarness(int people, int batchSize = 100)
    {
        Factory = new PortalAppFactory()
            .With("Customers:Sync:Enabled", "false")
            // A cold first call (JIT, a busy two-core machine) can pass the 2 s interactive attempt timeout.
            .With("Vendors:Resilience:AttemptTimeout", "00:00:10")
            .With("Vendors:Resilience:TotalTimeout", "00:00:30")
            .With("Customers:Sync:DeletionSweepInterval", "00:00:00") // every run: tests delete and sync again at once
            .With("Customers:Sync:BatchSize", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Sandbox:People", people.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public PortalAppFactory Factory { get; }

    /// <summary>Made on first use, since it starts the server (tests may still add services before that).</summary>
    public SandboxControl Sandbox => _sandbox ??= new SandboxControl(Factory);

    private SandboxControl? _sandbox;

    public SandboxPopulation Population => Factory.Services.GetRequiredService<SandboxPopulation>();

    public SyncRunner Runner => Factory.Services.GetRequiredService<SyncRunner>();

    public async Task<int> ConnectionIdAsync(VendorKind vendor) => (await Sandbox.ConnectionAsync(vendor)).Id;

    /// <summary>Runs the vendor's sandbox connection now and returns how the run ended.</summary>
    public async Task<SyncRunSummary> RunAsync(VendorKind vendor, CancellationToken ct = default, Action<SyncRun>? afterBatch = null) =>
        await Runner.RunAsync(await ConnectionIdAsync(vendor), SyncRunner.Manual, ct, afterBatch)
            ?? throw new InvalidOperationException($"The {vendor} connection did not run.");

    public async Task<List<IndexedCustomer>> RowsAsync(VendorKind vendor)
    {
        await using var db = await DbAsync();
        return await db.Set<IndexedCustomer>().AsNoTracking().Where(c => c.Vendor == vendor).ToListAsync();
    }

    public async Task<PortalDbContext> DbAsync() =>
        await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    public void Dispose() => Factory.Dispose();
}
