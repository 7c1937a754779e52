namespace Portal.Vendors.Model;

/// <summary>A myKaarma vault data-request item with its review history.</summary>
public sealed record DataRequestItem(SourceRef Source, string DepartmentUuid, string RequestUuid)
{
    /// <summary>The view-request token the item was read through; re-reading the item needs it.</summary>
    public string? ViewRequestToken { get; init; }
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
    /// <summary>The associate who asked the customer for the data; they may not approve it themselves.</summary>
    public string? RequestedByUserUuid { get; init; }
    public string? RequestedByName { get; init; }
    public bool HasFile { get; init; }
    public bool HasText { get; init; }
    /// <summary>Where the document can be downloaded, with the connection's own credentials (through the portal).</summary>
    public string? FileUrl { get; init; }
    /// <summary>Data the customer typed in (sensitive: show only after an audited reveal, never index it).</summary>
    public string? FileText { get; init; }
    public IReadOnlyList<DataRequestReview> Reviews { get; init; } = [];
}

/// <summary>One review: APPROVED, DECLINED or REQUESTED_AGAIN.</summary>
public sealed record DataRequestReview(string Status, string? ReviewerUserUuid, string? ReviewerName, string? Reason, DateTimeOffset? ReviewedAtUtc);
