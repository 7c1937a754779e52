using Portal.Features.Audit;
using Portal.Features.Connections;

namespace Portal.Features.Customers.Sync;

/// <summary>Records each run in the audit log from its own scope (runs happen outside any request or circuit).</summary>
public sealed class SyncAuditor(IServiceScopeFactory scopes, ILogger<SyncAuditor> logger)
{
    /// <summary>Audits runs a stopped process left marked Running (see <see cref="SyncStore.MarkInterruptedAsync"/>).</summary>
    public async Task RecordInterruptedAsync(IReadOnlyList<SyncRun> runs, ConnectionCatalog catalog, CancellationToken ct)
    {
        foreach (var run in runs)
        {
            var connection = await catalog.GetAsync(run.ConnectionId, ct);
            await RecordAsync(run, connection?.Connection.Name ?? $"connection {run.ConnectionId}");
        }
    }

    public async Task RecordAsync(SyncRun run, string connectionName)
    {
        var (action, outcome) = run.Status switch
        {
            SyncRunStatus.Succeeded => (AuditActions.SyncRunCompleted, AuditOutcome.Succeeded),
            SyncRunStatus.Cancelled => (AuditActions.SyncRunCancelled, AuditOutcome.Failed),
            SyncRunStatus.Interrupted => (AuditActions.SyncRunInterrupted, AuditOutcome.Failed),
            _ => (AuditActions.SyncRunFailed, AuditOutcome.Failed),
        };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(new AuditEvent(action, outcome)
            {
                Target = new AuditTarget(AuditTargetTypes.Connection, run.ConnectionId.ToString(System.Globalization.CultureInfo.InvariantCulture), connectionName),
                DealershipId = run.DealershipId,
                Detail = $"run {run.Id} ({run.Trigger}): read {run.Read}, written {run.Written}, errors {run.Errors}"
                    + (run.LastError is { } error ? "; " + error : ""),
            });
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // The run itself is recorded in SyncRuns; a missing audit entry must not turn a finished sync into a crash.
            logger.LogError(ex, "Could not audit sync run {RunId}", run.Id);
        }
    }
}
