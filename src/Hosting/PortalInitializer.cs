using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Hosting;

/// <summary>
/// Runs before anything else starts: applies migrations, then first-run steps (roles, the first admin,
/// sandbox demo accounts). A hosted service rather than code in Program.cs so that test hosts run it too.
/// </summary>
internal sealed class PortalInitializer(
    IServiceProvider services, IDbContextFactory<PortalDbContext> dbFactory, ILogger<PortalInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        logger.LogInformation("Database migrated");
        await using var scope = services.CreateAsyncScope();
        foreach (var step in scope.ServiceProvider.GetServices<IStartupStep>())
        {
            await step.RunAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A first-run or every-start step run after migrations, in registration order.</summary>
public interface IStartupStep
{
    Task RunAsync(CancellationToken cancellationToken);
}
