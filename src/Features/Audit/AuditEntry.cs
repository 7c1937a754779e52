namespace Portal.Features.Audit;

/// <summary>
/// One stored audit entry. Rows are written only by <see cref="AuditWriter"/>, never updated, and removed only by
/// retention (the database's triggers enforce both). <see cref="Hash"/> is an HMAC over every other column in
/// <see cref="AuditHasher"/>'s canonical order, including <see cref="PreviousHash"/>, so the rows form a chain.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Assigned by the writer: 1, 2, 3, ... with no gaps (retention removes a prefix only).</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, strictly increasing with <see cref="Sequence"/> (the writer guarantees it; queries rely on it).</summary>
    public DateTime TimestampUtc { get; set; }

    /// <summary>The user's id, <see cref="AuditActor.SystemId"/> or <see cref="AuditActor.AnonymousId"/>.</summary>
    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    /// <summary>The actor's roles when acting, sorted and comma-separated.</summary>
    public string ActorRoles { get; set; } = "";

    public int? DealershipId { get; set; }

    public string Action { get; set; } = "";

    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    public string? TargetDisplay { get; set; }

    public AuditOutcome Outcome { get; set; }

    public string? Reason { get; set; }

    /// <summary>JSON array of <see cref="StoredChange"/>, sensitive values already masked; null when nothing changed.</summary>
    public string? Changes { get; set; }

    public string? Detail { get; set; }

    public string? CorrelationId { get; set; }

    public string? ClientAddress { get; set; }

    public string? UserAgent { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
