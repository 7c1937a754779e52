using System.Collections.Concurrent;
using Portal.Features.Audit;
using Portal.Security;

namespace Portal.IntegrationTests.Customers.Linking;

/// <summary>The acting user for services called outside a request or circuit; set by the test.</summary>
public sealed class TestCurrentUser : ICurrentUser
{
    public UserContext User { get; set; } = UserContext.Anonymous;

    public Task<UserContext> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(User);
}

/// <summary>Records what a service sends to the audit log (the log's own storage is tested by the audit feature).</summary>
public sealed class RecordingAuditLog : IAuditLog
{
    public ConcurrentQueue<AuditEvent> Events { get; } = new();

    public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        Events.Enqueue(auditEvent);
        return Task.CompletedTask;
    }
}
