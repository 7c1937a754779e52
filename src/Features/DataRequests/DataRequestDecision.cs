namespace Portal.Features.DataRequests;

/// <summary>The three reviews myKaarma knows.</summary>
public enum DecisionKind { Approve, Decline, RequestAgain }

/// <summary>Submitting until myKaarma acknowledges; Failed only when it refused the review outright (a Retry resubmits).</summary>
public enum DecisionState { Submitting, Submitted, Failed }

/// <summary>
/// A decision on one item, committed (with its idempotency key) before anything is sent; the sender submits it
/// until myKaarma acknowledges. Only one live (not failed) decision per item and review round.
/// </summary>
public sealed class DataRequestDecision
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    public DataRequestRow? Item { get; set; }

    /// <summary>How many reviews the item had when decided: a new round starts after each recorded review.</summary>
    public int Round { get; set; }

    public DecisionKind Kind { get; set; }

    public string? Reason { get; set; }

    /// <summary>Sent as Idempotency-Key on every attempt, so myKaarma records the review once.</summary>
    public required string IdempotencyKey { get; set; }

    public required string DeciderUserId { get; set; }

    public required string DeciderName { get; set; }

    /// <summary>The myKaarma associate the review is recorded as.</summary>
    public required string ReviewerUserUuid { get; set; }

    public required string ReviewerName { get; set; }

    /// <summary>An admin decided without being an approver of the item.</summary>
    public bool IsOverride { get; set; }

    public string? OverrideReason { get; set; }

    public DecisionState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptUtc { get; set; }

    /// <summary>The vendor's message of the last failed attempt (never PII).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset CreatedUtc { get; set; }

    public DateTimeOffset? AcknowledgedUtc { get; set; }

    public static string StatusOf(DecisionKind kind) => kind switch
    {
        DecisionKind.Approve => "APPROVED",
        DecisionKind.Decline => "DECLINED",
        _ => "REQUESTED_AGAIN",
    };
}
