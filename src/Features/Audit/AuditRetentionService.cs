using Microsoft.Extensions.Options;

namespace Portal.Features.Audit;

/// <summary>Runs retention shortly after start and then daily: entries older than Audit:RetentionDays are removed.</summary>
internal sealed class AuditRetentionService(
    AuditWriter writer, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            await Task.Delay(settings.RetentionStartDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(settings.RetentionInterval, clock);
            do
            {
                await RunOnceAsync(settings.RetentionDays, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(int retentionDays, CancellationToken stoppingToken)
    {
        try
        {
            var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-retentionDays);
            var result = await writer.RunRetentionAsync(cutoff, stoppingToken);
            if (result.Removed is { } range)
            {
                logger.LogInformation("Audit retention removed entries {From}-{Through}; checkpoint {Checkpoint}",
                    range.FromSequence, range.ThroughSequence, result.CheckpointSequence);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The writer logged the cause; tomorrow's run tries again.
            logger.LogWarning("Audit retention did not complete; it will run again at the next interval");
        }
    }
}
