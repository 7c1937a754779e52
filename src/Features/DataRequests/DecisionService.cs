using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Security;

namespace Portal.Features.DataRequests;

/// <summary>
/// Decides items: checks the deciding user's authority on the server (<see cref="DecisionRules"/>), commits the
/// decision with a fresh idempotency key, audits it (and an override, each with its reason), and wakes the sender.
/// Bulk decisions are taken one item at a time and reported per item. Two deciders at once: the database's unique
/// index lets one in and the other is told.
/// </summary>
public sealed class DecisionService(
    ICurrentUser currentUser, IDbContextFactory<PortalDbContext> dbFactory, IAuditLog audit, DecisionSender sender, TimeProvider clock)
{
    public async Task<IReadOnlyList<DecisionOutcome>> DecideAsync(
        IReadOnlyCollection<long> itemIds, DecisionKind kind, string? reason, string? overrideReason = null, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.DataRequests);
        var mine = await MyKaarmaUuidAsync(user, ct);
        var outcomes = new List<DecisionOutcome>();
        foreach (var id in itemIds.Distinct())
        {
            outcomes.Add(await DecideOneAsync(user, mine, id, kind, Clean(reason), Clean(overrideReason), ct));
        }
        if (outcomes.Any(o => o.Accepted))
        {
            sender.Wake();
        }
        return outcomes;
    }

    /// <summary>Sends a failed decision again, with its own idempotency key; the decider or an admin may.</summary>
    public async Task<DecisionOutcome> RetryAsync(long decisionId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.DataRequests);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var decision = await db.Set<DataRequestDecision>().Include(d => d.Item).FirstOrDefaultAsync(d => d.Id == decisionId, ct);
        if (decision?.Item is not { } item || !user.CanSeeDealership(item.DealershipId))
        {
            return new DecisionOutcome(0, $"decision {decisionId}", false, "No such decision.");
        }
        var label = Label(item);
        if (decision.State != DecisionState.Failed || (decision.DeciderUserId != user.UserId && !user.IsAdmin))
        {
            return new DecisionOutcome(item.Id, label, false, "Only a failed decision can be retried, by its decider or an admin.");
        }
        if (item.Status != DecisionRules.PendingApproval)
        {
            return new DecisionOutcome(item.Id, label, false, $"The item is now {item.Status}; decide it again if needed.");
        }
        (decision.State, decision.NextAttemptUtc) = (DecisionState.Submitting, clock.GetUtcNow());
        if (!await TrySaveAsync(db, ct))
        {
            return new DecisionOutcome(item.Id, label, false, "Someone else has decided this item meanwhile.");
        }
        await audit.RecordAsync(Event(AuditActions.DataRequestRetried, item, decision, null), ct);
        sender.Wake();
        return new DecisionOutcome(item.Id, label, true, "Submitting again.", decision.Id);
    }

    private async Task<DecisionOutcome> DecideOneAsync(
        UserContext user, string? mine, long id, DecisionKind kind, string? reason, string? overrideReason, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.Set<DataRequestRow>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (item is null || !user.CanSeeDealership(item.DealershipId))
        {
            return new DecisionOutcome(id, $"item {id}", false, "No such item.");
        }
        var check = DecisionRules.Check(user, mine, item, kind, reason, overrideReason);
        if (!check.Allowed && !check.Denied)
        {
            return new DecisionOutcome(id, Label(item), false, check.Message);
        }
        if (!check.Allowed)
        {
            await audit.RecordAsync(new AuditEvent(AuditActions.AccessDenied, AuditOutcome.Denied)
            {
                Target = DataRequestAudit.Target(item), DealershipId = item.DealershipId, Detail = $"{kind} refused: {check.Message}",
            }, ct);
            return new DecisionOutcome(id, Label(item), false, check.Message);
        }
        var live = await db.Set<DataRequestDecision>().AsNoTracking()
            .Where(d => d.ItemId == id && d.Round == item.ReviewCount && d.State != DecisionState.Failed).Select(d => d.DeciderName).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var decision = new DataRequestDecision
        {
            ItemId = id, Round = item.ReviewCount, Kind = kind, Reason = reason, IdempotencyKey = Guid.NewGuid().ToString("N"),
            DeciderUserId = user.UserId ?? "", DeciderName = user.DisplayName, ReviewerUserUuid = check.ReviewerUserUuid, ReviewerName = check.ReviewerName,
            IsOverride = check.IsOverride, OverrideReason = check.IsOverride ? overrideReason : null, State = DecisionState.Submitting,
            CreatedUtc = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)), NextAttemptUtc = now,
        };
        db.Add(decision);
        if (live is not null || !await TrySaveAsync(db, ct))
        {
            return new DecisionOutcome(id, Label(item), false, $"Already decided by {live ?? "someone else"} a moment ago; reload to see the decision.");
        }
        await audit.RecordAsync(Event(DataRequestAudit.ActionOf(kind), item, decision, reason), ct);
        if (decision.IsOverride)
        {
            await audit.RecordAsync(Event(AuditActions.DataRequestOverridden, item, decision, overrideReason), ct);
        }
        return new DecisionOutcome(id, Label(item), true, $"{DataRequestFormat.Kind(kind)}: submitting.", decision.Id);
    }

    private static AuditEvent Event(string action, DataRequestRow item, DataRequestDecision decision, string? reason) => new(action)
    {
        Target = DataRequestAudit.Target(item),
        DealershipId = item.DealershipId,
        Reason = reason,
        Detail = string.Create(CultureInfo.InvariantCulture,
            $"decision {decision.Id} {decision.Kind}, recorded in myKaarma as {decision.ReviewerName}{(decision.IsOverride ? " (override)" : "")}"),
    };

    private static async Task<bool> TrySaveAsync(PortalDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    private async Task<string?> MyKaarmaUuidAsync(UserContext user, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().Where(u => u.Id == user.UserId).Select(u => u.MyKaarmaUserUuid).FirstOrDefaultAsync(ct);
    }

    private static string Label(DataRequestRow item) => $"{item.Name ?? item.Type} of {item.CustomerName ?? "unknown customer"}";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
