namespace Portal.Vendors.Model;

/// <summary>A myKaarma vault data-request item with its review history.</summary>
public sealed record DataRequestItem(SourceRef Source, string DepartmentUuid, string RequestUuid)
{
    public string? CustomerExternalId { get; init; }
    public string? CustomerName { get; init; }
    public string? Type { get; init; }
    public string? Name { get; init; }
    public string? Description { get; init; }
    public bool Required { get; init; }
    public bool ApprovalNeeded { get; init; }
    /// <summary>SCHEDULED, REQUESTED, PENDING_APPROVAL, COMPLETED or DECLINED.</summary>
    public string Status { get; init; } = "";
    public string? Vin { get; init; }
    public IReadOnlyList<string> ApproverUserUuids { get; init; } = [];
    public bool HasFile { get; init; }
    public bool HasText { get; init; }
    public IReadOnlyList<DataRequestReview> Reviews { get; init; } = [];
}

/// <summary>One review: APPROVED, DECLINED or REQUESTED_AGAIN.</summary>
public sealed record DataRequestReview(string Status, string? ReviewerUserUuid, string? ReviewerName, string? Reason, DateTimeOffset? ReviewedAtUtc);
