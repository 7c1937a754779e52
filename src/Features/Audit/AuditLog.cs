namespace Portal.Features.Audit;

/// <summary>
/// <see cref="IAuditLog"/> for one scope (request or circuit): checks the event against the catalogue, describes
/// the caller, masks the changes, and hands the entry to the single <see cref="AuditWriter"/>. Returns once the
/// entry is committed. Reason and Detail are stored as given: callers must not put PII or secrets in them.
/// </summary>
internal sealed class AuditLog(AuditWriter writer, AuditCaller caller) : IAuditLog
{
    public async Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        Validate(auditEvent);
        var origin = await caller.DescribeAsync(auditEvent.Actor, cancellationToken);
        await writer.AppendAsync(ToEntry(auditEvent, origin), cancellationToken);
    }

    internal static void Validate(AuditEvent auditEvent)
    {
        if (!AuditActions.All.Contains(auditEvent.Action))
        {
            throw new ArgumentException($"'{auditEvent.Action}' is not in AuditActions; add it to the catalogue.", nameof(auditEvent));
        }
        if (AuditActions.RequiringReason.Contains(auditEvent.Action) && string.IsNullOrWhiteSpace(auditEvent.Reason))
        {
            throw new ArgumentException($"'{auditEvent.Action}' must carry a reason.", nameof(auditEvent));
        }
    }

    internal static AuditEntry ToEntry(AuditEvent e, AuditOrigin origin) => new()
    {
        ActorId = Cut(origin.Actor.Id, 64),
        ActorName = Cut(origin.Actor.DisplayName, 200),
        ActorRoles = Cut(string.Join(",", origin.Actor.Roles), 200),
        DealershipId = e.DealershipId,
        Action = e.Action,
        TargetType = CutOrNull(e.Target?.Type, 64),
        TargetId = CutOrNull(e.Target?.Id, 200),
        TargetDisplay = CutOrNull(e.Target?.Display, 200),
        Outcome = e.Outcome,
        Reason = CutOrNull(e.Reason?.Trim(), AuditLimits.Reason),
        Changes = AuditChanges.Serialize(e.Changes),
        Detail = CutOrNull(e.Detail, AuditLimits.Detail),
        CorrelationId = CutOrNull(origin.CorrelationId, 64),
        ClientAddress = CutOrNull(origin.ClientAddress, 64),
        UserAgent = CutOrNull(origin.UserAgent, AuditLimits.UserAgent),
    };

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];

    private static string? CutOrNull(string? value, int max) => value is null ? null : Cut(value, max);
}
