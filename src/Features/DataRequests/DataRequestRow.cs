namespace Portal.Features.DataRequests;

/// <summary>
/// One myKaarma vault item as the poller last read it, so the queue reads the portal's database and decisions
/// have something durable to point at. The customer's typed data (fileText) is never stored: it is read live.
/// </summary>
public sealed class DataRequestRow
{
    public long Id { get; set; }

    public int ConnectionId { get; set; }

    public int DealershipId { get; set; }

    public required string DepartmentUuid { get; set; }

    public required string RequestUuid { get; set; }

    public required string ItemUuid { get; set; }

    /// <summary>The view-request token the item is read through (re-reading it and its text needs it).</summary>
    public string? ViewRequestToken { get; set; }

    /// <summary>The profile's customer uuid: the SourceRef external id of the indexed customer.</summary>
    public string? CustomerExternalId { get; set; }

    public string? CustomerName { get; set; }

    public string? Vehicle { get; set; }

    public string? Type { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public bool Required { get; set; }

    public bool ApprovalNeeded { get; set; }

    /// <summary>SCHEDULED, REQUESTED, PENDING_APPROVAL, COMPLETED or DECLINED.</summary>
    public string Status { get; set; } = "";

    /// <summary>Valid approvers' myKaarma user uuids, comma-separated.</summary>
    public string Approvers { get; set; } = "";

    public string? RequestedByUserUuid { get; set; }

    public string? RequestedByName { get; set; }

    public bool HasFile { get; set; }

    public bool HasText { get; set; }

    /// <summary>The vendor's document URL; used by the portal with the connection's credentials, never sent to a browser.</summary>
    public string? FileUrl { get; set; }

    /// <summary>The review history as JSON (<see cref="Portal.Vendors.Model.DataRequestReview"/>[]).</summary>
    public string ReviewsJson { get; set; } = "[]";

    public int ReviewCount { get; set; }

    /// <summary>When the data was requested (the request's requestedAtDateTime, else createdDateTime, else first seen).</summary>
    public DateTimeOffset RequestedUtc { get; set; }

    public DateTimeOffset FirstSeenUtc { get; set; }

    public DateTimeOffset UpdatedUtc { get; set; }

    public List<DataRequestDecision> Decisions { get; set; } = [];

    public IReadOnlyList<string> ApproverList => Approvers.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
