using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Data.Leases;

namespace Portal.Features.DataRequests;

/// <summary>
/// The background sender: submits every decision still Submitting whose next attempt is due, oldest first; wakes
/// when a decision is committed or retried, else at the next due attempt. At start it picks up what the last run
/// left unacknowledged, which is resubmitted with the same idempotency key (so myKaarma records it once). With several
/// instances on one database only the holder of <see cref="DataRequestLeases.Sender"/> sends; it looks at least every
/// DataRequests:SenderIdleLook, since a decision committed on another instance cannot wake it.
/// </summary>
public sealed class DecisionSender(
    IDbContextFactory<PortalDbContext> dbFactory, DecisionSubmitter submitter, IStandingLeases standing, IOptions<DataRequestOptions> options,
    TimeProvider clock, ILogger<DecisionSender> logger) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    private TimeSpan LongestSleep => options.Value.SenderIdleLook;

    /// <summary>A decision was committed or retried: look now.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // already woken
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            return;
        }
        // The first pass sends everything the last run left unacknowledged, whenever its next attempt was due.
        var starting = true;
        standing.Acquired += OnAcquired;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan sleep;
            try
            {
                if (!await standing.HoldNowAsync(DataRequestLeases.Sender, stoppingToken))
                {
                    sleep = standing.RenewEvery; // another instance sends; woken if this one takes over
                }
                else
                {
                    sleep = await SendDueAsync(starting, stoppingToken);
                    starting = false;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The decision sender failed; trying again shortly");
                sleep = options.Value.RetryBaseDelay;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            try
            {
                await _wake.WaitAsync(sleep, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
        standing.Acquired -= OnAcquired;
    }

    private void OnAcquired(string lease)
    {
        if (lease == DataRequestLeases.Sender)
        {
            Wake();
        }
    }

    /// <summary>Sends what is due; returns how long to sleep until the next due attempt.</summary>
    private async Task<TimeSpan> SendDueAsync(bool everything, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        List<(long Id, DateTimeOffset Next)> pending;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            pending = (await db.Set<DataRequestDecision>().AsNoTracking().Where(d => d.State == DecisionState.Submitting)
                .Select(d => new { d.Id, d.NextAttemptUtc }).ToListAsync(ct))
                .Select(d => (d.Id, d.NextAttemptUtc)).OrderBy(d => d.NextAttemptUtc).ThenBy(d => d.Id).ToList();
        }
        var due = pending.Where(p => everything || p.Next <= now).ToList();
        foreach (var (id, _) in due)
        {
            await submitter.SubmitAsync(id, ct);
        }
        if (due.Count > 0)
        {
            // Look again at once: what was just sent may have been rescheduled sooner than anything else.
            return TimeSpan.Zero;
        }
        var later = pending.Where(p => p.Next > now).Select(p => p.Next - now).DefaultIfEmpty(LongestSleep).Min();
        return later < LongestSleep ? later : LongestSleep;
    }
}
