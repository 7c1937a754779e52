namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// One vault data request (a customer profile view request) as the emulator holds it: immutable, so a write swaps in a
/// new value and readers never see half a change. <see cref="Index"/> is the person's index for generated requests,
/// and Size and up for requests created through the sandbox controls.
/// </summary>
internal sealed record MkRequest(
    int Index, int PersonIndex, DateTimeOffset CreatedAt, MyKaarmaAssociate RequestedBy, int? VehicleOrdinal, IReadOnlyList<MkItem> Items)
{
    /// <summary>Open until every item is completed or declined.</summary>
    public bool IsOpen => Items.Any(i => i.IsOpen);

    public MkRequest With(MkItem item) => this with { Items = Items.Select(i => i.Ordinal == item.Ordinal ? item : i).ToList() };
}

/// <summary>An item of a request. <see cref="Supplied"/>: the customer has sent the document or value.</summary>
internal sealed record MkItem(
    int Ordinal, MyKaarmaDocumentType Type, string Status, bool Required, bool ApprovalNeeded, IReadOnlyList<MkReview> Reviews)
{
    public bool Supplied => Status is MkStatus.PendingApproval or MkStatus.Completed or MkStatus.Declined;

    public bool IsOpen => Status is not (MkStatus.Completed or MkStatus.Declined);
}

internal sealed record MkReview(string Status, string ReviewerUserUuid, string ReviewerName, string? Reason, DateTimeOffset At);

/// <summary>The documented item and review statuses (the emulator's own copy: it shares nothing with the client).</summary>
internal static class MkStatus
{
    public const string Scheduled = "SCHEDULED";
    public const string Requested = "REQUESTED";
    public const string PendingApproval = "PENDING_APPROVAL";
    public const string Completed = "COMPLETED";
    public const string Declined = "DECLINED";

    public const string Approved = "APPROVED";
    public const string RequestedAgain = "REQUESTED_AGAIN";

    public static IReadOnlyList<string> ItemStatuses { get; } = [Scheduled, Requested, PendingApproval, Completed, Declined];

    public static IReadOnlyList<string> ReviewStatuses { get; } = [Approved, Declined, RequestedAgain];

    /// <summary>What a review does to its item: approved completes it, declined declines it, requested again reopens it.</summary>
    public static string After(string reviewStatus) => reviewStatus switch
    {
        Approved => Completed,
        Declined => Declined,
        _ => Requested,
    };
}
