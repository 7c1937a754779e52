using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Admin;
using Portal.Features.Audit;
using Portal.Features.Customers.Sync;
using Portal.Vendors;
using Portal.Vendors.Resilience;

namespace Portal.Features.Connections.Admin;

/// <summary>
/// The live side of the Connections page: test a connection (saved or as the form stands, without saving), ask for
/// a sync, and read health and sync progress. Admins only, checked here.
/// </summary>
public sealed class ConnectionOperations(
    AdminGuard guard, IDbContextFactory<PortalDbContext> dbFactory, ConnectionCatalog catalog, ConnectionSecretSealer sealer,
    IVendorClientFactory clients, ConnectionPipelines pipelines, ISyncService sync, ISyncMonitor monitor, IAuditLog audit)
{
    private static int _nextTrialId;

    /// <summary>Tests a saved connection as stored; its health on the page follows the call.</summary>
    public async Task<ConnectionTestResult> TestAsync(int id, CancellationToken ct = default)
    {
        await guard.DemandAsync("test connections", ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await ConnectionRows.FindAsync(db, id, ct);
        var result = await ProbeAsync(row, ct);
        await RecordAsync(row, result, saved: true, ct);
        return result;
    }

    /// <summary>
    /// Tests the form as it stands, without saving: a new connection with the typed credentials, or an existing one
    /// (<paramref name="existingId"/>) with its stored credentials. Runs under a throw-away id so that the trial
    /// does not touch the saved connection's health or breaker.
    /// </summary>
    public async Task<ConnectionTestResult> TestAsync(int? existingId, ConnectionInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync("test connections", ct);
        var sealedSecrets = sealer.Seal(ConnectionChanges.Secrets(input.Vendor, input.Secrets));
        if (existingId is { } id)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            sealedSecrets = (await ConnectionRows.FindAsync(db, id, ct)).SealedSecrets;
        }
        var trial = new Connection
        {
            Id = Interlocked.Decrement(ref _nextTrialId), Vendor = input.Vendor, Name = input.Name.Trim(), DealershipId = input.DealershipId,
            BaseUrl = input.BaseUrl.Trim(), SettingsJson = ConnectionChanges.Json(ConnectionChanges.Settings(input)), SealedSecrets = sealedSecrets,
        };
        try
        {
            var result = ConnectionUrls.IsValid(trial.BaseUrl) ? await ProbeAsync(trial, ct)
                : new ConnectionTestResult(false, TimeSpan.Zero, ConnectionUrls.Message, VendorFailureKind.Configuration);
            await RecordAsync(trial, result, saved: false, ct, existingId);
            return result;
        }
        finally
        {
            pipelines.Reset(trial.Id);
        }
    }

    /// <summary>Queues a sync now; false when one is already queued or running.</summary>
    public async Task<bool> SyncNowAsync(int id, CancellationToken ct = default)
    {
        await guard.DemandAsync("sync connections", ct);
        return sync.RequestSync(id);
    }

    /// <summary>Health (null before the first call since start) and sync status of each connection.</summary>
    public async Task<IReadOnlyDictionary<int, ConnectionLiveStatus>> StatusAsync(IEnumerable<int> ids, CancellationToken ct = default)
    {
        await guard.DemandAsync("list connections", ct);
        var result = new Dictionary<int, ConnectionLiveStatus>();
        foreach (var id in ids)
        {
            var status = monitor.Get(id);
            var lastRun = status.LastRun ?? (await monitor.HistoryAsync(id, 1, ct)).FirstOrDefault();
            result[id] = new ConnectionLiveStatus(pipelines.HealthOf(id), status, lastRun);
        }
        return result;
    }

    /// <summary>Calls <paramref name="changed"/> (on a background thread) whenever a sync's status changes.</summary>
    public async Task<IDisposable> WatchAsync(Action<SyncStatus> changed, CancellationToken ct = default)
    {
        await guard.DemandAsync("list connections", ct);
        return new SyncWatch(monitor, changed);
    }

    private async Task<ConnectionTestResult> ProbeAsync(Connection row, CancellationToken ct)
    {
        try
        {
            return await clients.Create(catalog.Resolve(row).Connection).TestConnectionAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ConnectionSecretsUnavailableException or UriFormatException or VendorApiException)
        {
            return new ConnectionTestResult(false, TimeSpan.Zero, ex is VendorApiException v ? v.VendorMessage : ex.Message, VendorFailureKind.Configuration);
        }
    }

    private Task RecordAsync(Connection row, ConnectionTestResult result, bool saved, CancellationToken ct, int? existingId = null) =>
        audit.RecordAsync(new AuditEvent(AuditActions.ConnectionTested, result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed)
        {
            Target = new AuditTarget(AuditTargetTypes.Connection, (saved ? row.Id : existingId)?.ToString() ?? "new", row.Name),
            DealershipId = row.DealershipId > 0 ? row.DealershipId : null,
            Detail = $"{(saved ? "saved" : "unsaved form")}, {row.Vendor.Slug()}, {(int)result.Latency.TotalMilliseconds} ms: {result.Message}",
        }, ct);

    private sealed class SyncWatch : IDisposable
    {
        private readonly ISyncMonitor _monitor;
        private readonly Action<SyncStatus> _changed;

        public SyncWatch(ISyncMonitor monitor, Action<SyncStatus> changed)
        {
            (_monitor, _changed) = (monitor, changed);
            _monitor.Changed += _changed;
        }

        public void Dispose() => _monitor.Changed -= _changed;
    }
}

/// <summary>A connection's health since start (null before its first call) and its sync: running progress and last run.</summary>
public sealed record ConnectionLiveStatus(ConnectionHealthSnapshot? Health, SyncStatus Sync, SyncRunSummary? LastRun);
