using Portal.Vendors.Model;

namespace Portal.Features.DataRequests;

/// <summary>The queue's filter; null means any. Status defaults to PENDING_APPROVAL.</summary>
public sealed record QueueFilter(
    string? Status = DecisionRules.PendingApproval, string? Type = null, string? Department = null, string? Customer = null, int? MinAgeHours = null);

/// <summary>How an item's age stands against the SLA.</summary>
public enum SlaState { OnTime, Near, Past }

/// <summary>One queue row: the item, its age against the SLA, and its latest decision.</summary>
public sealed record QueueRow(
    long Id, string? CustomerName, string? Type, string? Name, string DepartmentUuid, string Status, DateTimeOffset RequestedUtc,
    TimeSpan Age, SlaState Sla, DecisionView? Decision)
{
    public string AgeText => DataRequestFormat.Age(Age);

    public bool Decidable => Status == DecisionRules.PendingApproval && Decision?.State is not DecisionState.Submitting and not DecisionState.Submitted;
}

/// <summary>A decision as the UI shows it: submitting, submitted or failed (with the vendor's message).</summary>
public sealed record DecisionView(
    long Id, DecisionKind Kind, DecisionState State, string DeciderName, string? Reason, bool IsOverride, string? OverrideReason,
    int Attempts, string? LastError, DateTimeOffset CreatedUtc, DateTimeOffset? AcknowledgedUtc)
{
    public static DecisionView From(DataRequestDecision d) => new(
        d.Id, d.Kind, d.State, d.DeciderName, d.Reason, d.IsOverride, d.OverrideReason, d.Attempts, d.LastError, d.CreatedUtc, d.AcknowledgedUtc);

    public string Text => $"{DataRequestFormat.Kind(Kind)}: {State.ToString().ToLowerInvariant()}";
}

/// <summary>One bar segment of the queue chart: items of a status in an age bucket.</summary>
public sealed record AgeBucketCount(string Bucket, string Status, int Count);

/// <summary>The queue page's data: filtered rows, counts per status (other filters applied), the age chart.</summary>
public sealed record QueueView(
    IReadOnlyList<QueueRow> Rows, IReadOnlyDictionary<string, int> StatusCounts, IReadOnlyList<AgeBucketCount> Buckets,
    IReadOnlyList<string> Types, IReadOnlyList<string> Departments, TimeSpan Sla);

/// <summary>An item with its history and decisions, and what the user may do with it.</summary>
public sealed record ItemDetail(
    QueueRow Row, string? Vehicle, string? Description, bool Required, bool HasFile, bool HasText, string? RequestedByName,
    IReadOnlyList<DataRequestReview> Reviews, IReadOnlyList<DecisionView> Decisions, long? PersonId, int DealershipId, string Authority);

/// <summary>The outcome of deciding one item (bulk reports one per item).</summary>
public sealed record DecisionOutcome(long ItemId, string ItemLabel, bool Accepted, string Message, long? DecisionId = null);

/// <summary>Display texts shared by the pages.</summary>
public static class DataRequestFormat
{
    public static string Age(TimeSpan age) => age.TotalHours < 1 ? $"{Math.Max(0, (int)age.TotalMinutes)} min"
        : age.TotalDays < 2 ? $"{(int)age.TotalHours} h" : $"{(int)age.TotalDays} d";

    public static string Kind(DecisionKind kind) => kind switch
    {
        DecisionKind.Approve => "Approve",
        DecisionKind.Decline => "Decline",
        _ => "Request again",
    };

    public static IReadOnlyList<string> Statuses { get; } = ["PENDING_APPROVAL", "REQUESTED", "SCHEDULED", "COMPLETED", "DECLINED"];
}
