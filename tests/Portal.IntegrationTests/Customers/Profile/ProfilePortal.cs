using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Audit;
using Portal.Features.Customers;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Profile;
using Portal.Features.Customers.Profile.Editing;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.IntegrationTests.Customers.Profile;

/// <summary>
/// A portal for customer-page tests: vendor records put into the index on demand (no sync), services resolved as
/// the demo manager. Attempt timeouts are long enough for a loaded machine, short enough to wait out a hang.
/// </summary>
public sealed class ProfilePortal : IDisposable
{
    public const string Manager = "manager@sandbox.local";

    private int _taken;

    public PortalAppFactory Factory { get; } = new PortalAppFactory()
        .With("Vendors:Resilience:AttemptTimeout", "00:00:05")
        .With("Vendors:Resilience:TotalTimeout", "00:00:20")
        // Faults injected by one test must not open the connection's circuit for the next.
        .With("Vendors:Resilience:BreakerMinimumThroughput", "1000");

    public SandboxControl Sandbox => _sandbox ??= new SandboxControl(Factory);

    private SandboxControl? _sandbox;

    /// <summary>A different position for every caller, so tests sharing the portal never edit the same record.</summary>
    public int Take() => Interlocked.Increment(ref _taken);

    /// <summary>Indexes <paramref name="record"/> under the demo dealership and returns its person id.</summary>
    public async Task<long> IndexAsync(CustomerRecord record)
    {
        var connection = await Sandbox.ConnectionAsync(record.Source.Vendor);
        await using var db = await PortalData.DbAsync(Factory);
        var dealership = await db.Connections.Where(c => c.Id == connection.Id).Select(c => c.DealershipId).SingleAsync();
        await Factory.Services.GetRequiredService<CustomerIndexWriter>().UpsertAsync([record], dealership);
        var key = record.Source.ToString();
        return await db.Set<IndexedCustomer>().Where(c => c.SourceRef == key).Select(c => c.PersonId).SingleAsync();
    }

    public Task<T> AsManagerAsync<T>(Func<ProfileEditService, Task<T>> act) => Factory.AsAsync(Manager, act);

    public Task<T> ProfilesAsManagerAsync<T>(Func<CustomerProfileService, Task<T>> act) => Factory.AsAsync(Manager, act);

    /// <summary>Starts an edit of <paramref name="source"/> as the manager (the state a form opens with).</summary>
    public async Task<SourceSnapshot> StartAsync(SourceRef source) =>
        await AsManagerAsync(s => s.StartAsync(source)) ?? throw new InvalidOperationException($"Cannot edit {source}.");

    public Task<EditResult> SaveAsync(SourceSnapshot startedFrom, params (string Key, string Value)[] values)
    {
        var wanted = startedFrom.Values.ToDictionary(v => v.Key, v => v.Value);
        foreach (var (key, value) in values)
        {
            wanted[key] = value;
        }
        return AsManagerAsync(s => s.SaveAsync(startedFrom, wanted));
    }

    /// <summary>The audit entries about one record, oldest first.</summary>
    public async Task<List<AuditEntry>> AuditAsync(SourceRef source)
    {
        await using var db = await PortalData.DbAsync(Factory);
        var id = source.ToString();
        return await db.AuditEntries().AsNoTracking().Where(e => e.TargetId == id).OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>How many requests with this method the emulator received since the log was cleared.</summary>
    public async Task<int> CountAsync(string vendor, string method) =>
        (await Sandbox.RequestsAsync(vendor)).Count(r => r.Method == method);

    public void Dispose() => Factory.Dispose();
}
