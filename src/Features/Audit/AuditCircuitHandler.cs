using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.Hosting;

namespace Portal.Features.Audit;

/// <summary>
/// Captures a circuit's client address and user agent when it opens, before any component runs. Later, inside the
/// circuit, IHttpContextAccessor may hold a stale or no context, so the audit log reads what was captured here.
/// </summary>
internal sealed class AuditCircuitHandler(AuditCaller caller, IHttpContextAccessor http, CircuitCorrelation correlation) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var context = http.HttpContext;
        caller.Circuit = new AuditConnection(correlation.Id, AuditCaller.ClientAddress(context), AuditCaller.UserAgent(context));
        return Task.CompletedTask;
    }
}
