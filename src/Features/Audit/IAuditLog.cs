namespace Portal.Features.Audit;

/// <summary>
/// The portal's append-only, tamper-evident audit log. Every feature records what users do and every look at
/// sensitive data through this; the actor, roles, correlation id, client address and user agent are filled in
/// by the log itself from the current user and request/circuit.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one entry. Durable once the returned task completes.</summary>
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}

public enum AuditOutcome { Succeeded, Failed, Denied }

/// <summary>What was acted on: a type from <see cref="AuditTargetTypes"/> and its id or SourceRef string.</summary>
public sealed record AuditTarget(string Type, string Id, string? Display = null);

/// <summary>One changed field. Sensitive values are masked by the log before they are stored.</summary>
public sealed record AuditChange(string Field, string? Before, string? After, bool Sensitive = false);

/// <summary>An action to record; <see cref="Action"/> is a dotted name from <see cref="AuditActions"/>.</summary>
public sealed record AuditEvent(string Action, AuditOutcome Outcome = AuditOutcome.Succeeded)
{
    public AuditTarget? Target { get; init; }

    /// <summary>Required for reveals, declines and overrides.</summary>
    public string? Reason { get; init; }

    public IReadOnlyList<AuditChange> Changes { get; init; } = [];

    /// <summary>The dealership the action concerns, when there is one.</summary>
    public int? DealershipId { get; init; }

    /// <summary>Free-form, non-sensitive detail (counts, a vendor's error code); never PII or secrets.</summary>
    public string? Detail { get; init; }

    /// <summary>
    /// Only where the log cannot know the actor yet: a successful sign-in is recorded before the browser holds
    /// the new cookie. Everything else leaves this null and the log takes the current user.
    /// </summary>
    public AuditActor? Actor { get; init; }
}

/// <summary>Who acted: a user, <see cref="System"/> (hosted jobs) or <see cref="Anonymous"/> (not signed in).</summary>
public sealed record AuditActor(string Id, string DisplayName, IReadOnlyList<string> Roles)
{
    public const string SystemId = "system";
    public const string AnonymousId = "anonymous";

    public static AuditActor System { get; } = new(SystemId, "System", []);

    public static AuditActor Anonymous { get; } = new(AnonymousId, "Anonymous", []);
}
