using Portal.Features.Audit;

namespace Portal.Features.Customers.Sync;

/// <summary>Records each run in the audit log from its own scope (runs happen outside any request or circuit).</summary>
public sealed class SyncAuditor(IServiceScopeFactory scopes, ILogger<SyncAuditor> logger)
{
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
