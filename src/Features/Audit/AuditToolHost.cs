using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// The configured database and the audit store without the web server, for command-line verbs. It reads the same
/// configuration as the portal (appsettings, environment, <c>--Key=Value</c> arguments).
/// </summary>
internal static class AuditToolHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPortalData();
        builder.Services.AddAuditStore(builder.Configuration);
        return builder.Build();
    }
}
