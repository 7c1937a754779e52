using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Hosting;

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

    /// <summary>Migrates and runs the start-up steps the store registers (the key on first start), as the portal does.</summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }
        await using var scope = services.CreateAsyncScope();
        foreach (var step in scope.ServiceProvider.GetServices<IStartupStep>())
        {
            await step.RunAsync(CancellationToken.None);
        }
    }
}
