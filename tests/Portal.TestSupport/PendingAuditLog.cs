using System.Collections.Concurrent;
using Portal.Features.Audit;

namespace Portal.TestSupport;

/// <summary>
/// Stands in for <see cref="IAuditLog"/> only while no real one is registered (the audit log lands on its own
/// branch; the portal's start-up validation needs every service it injects). Registered with TryAdd, so once the
/// portal registers the real log this class is never used. Delete it then.
/// </summary>
public sealed class PendingAuditLog : IAuditLog
{
    public ConcurrentQueue<AuditEvent> Events { get; } = new();

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        Events.Enqueue(auditEvent);
        return Task.CompletedTask;
    }
}
