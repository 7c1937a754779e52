using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Portal.Hosting;

/// <summary>
/// Puts a correlation id in the logging scope of every HTTP request (honouring an incoming X-Correlation-Id)
/// and of every inbound activity of an interactive circuit, so a user's actions can be followed in the logs.
/// </summary>
public static class CorrelationId
{
    public const string Header = "X-Correlation-Id";

    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? incoming
            : context.TraceIdentifier;
        context.Items[Header] = id;
        context.Response.Headers[Header] = id;
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Portal.Request");
        using (logger.BeginScope("CorrelationId:{CorrelationId}", id))
        {
            await next();
        }
    });
}

/// <summary>Gives each circuit its own correlation id, held for the circuit's services and its log scopes.</summary>
internal sealed class CircuitCorrelation
{
    public string Id { get; } = "c-" + Guid.NewGuid().ToString("N")[..12];
}

internal sealed class CorrelationCircuitHandler(CircuitCorrelation correlation, ILogger<CorrelationCircuitHandler> logger) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            using (logger.BeginScope("CorrelationId:{CorrelationId}", correlation.Id))
            {
                await next(context);
            }
        };
}
