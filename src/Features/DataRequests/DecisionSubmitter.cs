using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Features.Connections;
using Portal.Vendors;
using Portal.Vendors.Model;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.DataRequests;

/// <summary>
/// One attempt to submit one committed decision, always with its own idempotency key and the same body (the
/// review time is the decision's commit time), so a resubmission after a crash or a lost answer records once.
/// Acknowledged: submitted, and the item takes the state myKaarma returned. Transient failures (and a lost answer)
/// come back later with backoff; a refusal (4xx) fails the decision with the vendor's message until someone retries.
/// </summary>
public sealed class DecisionSubmitter(
    IDbContextFactory<PortalDbContext> dbFactory, ConnectionCatalog catalog, IVendorClientFactory clients,
    IServiceScopeFactory scopes, IOptions<DataRequestOptions> options, TimeProvider clock)
{
    public async Task SubmitAsync(long decisionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var decision = await db.Set<DataRequestDecision>().Include(d => d.Item).FirstOrDefaultAsync(d => d.Id == decisionId, ct);
        if (decision?.Item is not { } item || decision.State != DecisionState.Submitting)
        {
            return;
        }
        decision.Attempts++;
        try
        {
            var connection = await catalog.GetAsync(item.ConnectionId, ct);
            if (connection is not { Enabled: true })
            {
                Fail(decision, "The myKaarma connection is disabled or gone.");
            }
            else
            {
                var answer = await clients.Create<IMyKaarmaClient>(connection.Connection).SubmitReviewAsync(
                    item.DepartmentUuid, item.RequestUuid, item.ItemUuid, Review(decision), decision.IdempotencyKey, ct);
                Acknowledge(decision, item, answer);
            }
        }
        catch (VendorApiException ex) when (ex.IsTransient || ex.Kind == VendorFailureKind.OutcomeUnknown)
        {
            var delay = Backoff(decision.Attempts, ex.RetryAfter);
            decision.NextAttemptUtc = clock.GetUtcNow() + delay;
            decision.LastError = $"{ex.Kind}: {ex.VendorMessage} (attempt {decision.Attempts}; next in {delay.TotalSeconds:0}s)";
        }
        catch (VendorApiException ex)
        {
            Fail(decision, ex.VendorMessage);
        }
        // Saved without the request's token: a stop mid-save must not lose what myKaarma already acknowledged.
        await db.SaveChangesAsync(CancellationToken.None);
        if (decision.State != DecisionState.Submitting)
        {
            await AuditAsync(decision, item);
        }
    }

    public TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var o = options.Value;
        var exponential = o.RetryBaseDelay * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = exponential > o.RetryMaxDelay ? o.RetryMaxDelay : exponential;
        return retryAfter is { } after && after > delay ? after : delay;
    }

    private static MyKaarmaReview Review(DataRequestDecision d) => MyKaarmaMapper.ToWire(new DataRequestReview(
        DataRequestDecision.StatusOf(d.Kind), d.ReviewerUserUuid, d.ReviewerName, d.Reason, d.CreatedUtc));

    private void Acknowledge(DataRequestDecision decision, DataRequestRow item, MyKaarmaItem answer)
    {
        var now = clock.GetUtcNow();
        decision.State = DecisionState.Submitted;
        decision.AcknowledgedUtc = now;
        decision.LastError = null;
        DataRequestItemMapper.ApplyState(item, answer.Status ?? item.Status, (answer.Reviews ?? []).Select(MyKaarmaMapper.ToReview).ToList(), now);
    }

    private static void Fail(DataRequestDecision decision, string message)
    {
        decision.State = DecisionState.Failed;
        decision.LastError = message.Length > 1000 ? message[..1000] : message;
    }

    private async Task AuditAsync(DataRequestDecision decision, DataRequestRow item)
    {
        var ok = decision.State == DecisionState.Submitted;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(
            new AuditEvent(ok ? AuditActions.DataRequestSubmitted : AuditActions.DataRequestSubmitFailed, ok ? AuditOutcome.Succeeded : AuditOutcome.Failed)
            {
                Actor = AuditActor.System,
                Target = DataRequestAudit.Target(item),
                DealershipId = item.DealershipId,
                Detail = $"decision {decision.Id} {decision.Kind} after {decision.Attempts} attempt(s)" + (ok ? "" : $": {decision.LastError}"),
            });
    }
}
