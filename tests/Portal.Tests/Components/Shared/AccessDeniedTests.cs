using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Shared;
using Portal.Features.Audit;
using Radzen;

namespace Portal.Tests.Components.Shared;

public sealed class AccessDeniedTests : BunitContext
{
    private readonly RecordingAuditLog _audit = new();

    public AccessDeniedTests()
    {
        Services.AddRadzenComponents();
        Services.AddSingleton<IAuditLog>(_audit);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Render_RefusedByTheRouter_RecordsTheDeniedPathWithoutQuery()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("admin/users?search=jane");

        Render<AccessDenied>(p => p.Add(a => a.RecordAttempt, true));

        var recorded = Assert.Single(_audit.Events);
        Assert.Equal(AuditActions.AccessDenied, recorded.Action);
        Assert.Equal(AuditOutcome.Denied, recorded.Outcome);
        Assert.Equal(new AuditTarget(AuditTargetTypes.Page, "/admin/users"), recorded.Target);
    }

    [Fact]
    public void Render_OnTheDeniedPage_RecordsNothing()
    {
        Render<AccessDenied>();

        Assert.Empty(_audit.Events);
    }

    private sealed class RecordingAuditLog : IAuditLog
    {
        public List<AuditEvent> Events { get; } = [];

        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
        {
            Events.Add(auditEvent);
            return Task.CompletedTask;
        }
    }
}
