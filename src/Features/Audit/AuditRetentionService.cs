using Microsoft.Extensions.Options;
using Portal.Data.Leases;

namespace Portal.Features.Audit;

/// <summary>
/// Runs retention shortly after start and then daily: entries older than Audit:RetentionDays are removed. With several
/// instances on one database, only the holder of the <see cref="Lease"/> runs it.
/// </summary>
internal sealed class AuditRetentionService(
    AuditWriter writer, IStandingLeases standing, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditRetentionService> logger)
    : BackgroundService
{
    public const string Lease = "audit:retention";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            await Task.Delay(settings.RetentionStartDelay, clock, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!standing.IsHeld(Lease))
                {
                    // Another instance runs it; look again soon, since it may stop (then this one runs at once).
                    await Task.Delay(standing.RenewEvery, clock, stoppingToken);
                    continue;
                }
                await RunOnceAsync(settings, stoppingToken);
                await Task.Delay(settings.RetentionInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Removes everything expired, one bounded step at a time so that appends interleave.</summary>
    internal async Task RunOnceAsync(AuditOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, settings.RetentionDays));
            long? firstCheckpoint = null;
            while (await writer.RunRetentionAsync(cutoff, settings.RetentionStepSize, stoppingToken) is { Removed: { } range } result)
            {
                logger.LogInformation("Audit retention removed entries {From}-{Through}; checkpoint {Checkpoint}",
                    range.FromSequence, range.ThroughSequence, result.CheckpointSequence);
                firstCheckpoint ??= result.CheckpointSequence;
                // Stop at a short step, or once this run starts removing its own checkpoints (a clock that jumped).
                if (range.ThroughSequence - range.FromSequence + 1 < settings.RetentionStepSize || range.ThroughSequence >= firstCheckpoint)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The writer logged the cause; tomorrow's run tries again.
            logger.LogWarning("Audit retention did not complete; it will run again at the next interval");
        }
    }
}
