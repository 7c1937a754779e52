using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Portal.Security.Sessions;

/// <summary>The last time the browser sent anything on this circuit (a click, a keystroke, a render ack).</summary>
public sealed class CircuitActivity(TimeProvider clock)
{
    public DateTimeOffset LastInboundUtc { get; private set; } = clock.GetUtcNow();

    public void Touch() => LastInboundUtc = clock.GetUtcNow();
}

internal sealed class CircuitActivityHandler(CircuitActivity activity) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            activity.Touch();
            return next(context);
        };
}
