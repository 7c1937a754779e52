using System.Text.Json.Serialization;

namespace Portal.Vendors.MyKaarma;

/// <summary>getCustomerProfileData: one vault data-request item (a document or a value asked of the customer).</summary>
public sealed record MyKaarmaItem
{
    [JsonPropertyName("uuid")]
    public string? Uuid { get; init; }

    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("action")]
    public string? Action { get; init; }

    [JsonPropertyName("description")]
    public string? Description { get; init; }

    [JsonPropertyName("required")]
    public bool? Required { get; init; }

    [JsonPropertyName("approvalNeeded")]
    public bool? ApprovalNeeded { get; init; }

    [JsonPropertyName("maintainHistory")]
    public bool? MaintainHistory { get; init; }

    [JsonPropertyName("vaultSupportedDataUuid")]
    public string? VaultSupportedDataUuid { get; init; }

    [JsonPropertyName("dealerAssociatesWithApprovalAuthority")]
    public IReadOnlyList<MyKaarmaApprover>? DealerAssociatesWithApprovalAuthority { get; init; }

    [JsonPropertyName("dealerSupportedItemMetaData")]
    public MyKaarmaItemMetaData? DealerSupportedItemMetaData { get; init; }

    /// <summary>One of <see cref="MyKaarmaItemStatus"/>.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    [JsonPropertyName("vaultPiiDataUuid")]
    public string? VaultPiiDataUuid { get; init; }

    [JsonPropertyName("reviews")]
    public IReadOnlyList<MyKaarmaReview>? Reviews { get; init; }

    [JsonPropertyName("isBackPageSupported")]
    public bool? IsBackPageSupported { get; init; }
}

public sealed record MyKaarmaApprover
{
    [JsonPropertyName("id")]
    public long? Id { get; init; }

    [JsonPropertyName("userUuid")]
    public string? UserUuid { get; init; }

    [JsonPropertyName("departmentUuid")]
    public string? DepartmentUuid { get; init; }

    [JsonPropertyName("dealerSupportedItemUuid")]
    public string? DealerSupportedItemUuid { get; init; }

    [JsonPropertyName("isValid")]
    public bool? IsValid { get; init; }
}

public sealed record MyKaarmaItemMetaData
{
    [JsonPropertyName("dealerSupportedItemUuid")]
    public string? DealerSupportedItemUuid { get; init; }

    [JsonPropertyName("fileText")]
    public string? FileText { get; init; }

    [JsonPropertyName("fileUrl")]
    public string? FileUrl { get; init; }
}

/// <summary>A review of an item: read in <c>reviews[]</c>, and (our assumption) the body of the call that records one.</summary>
public sealed record MyKaarmaReview
{
    /// <summary>One of <see cref="MyKaarmaReviewStatus"/>.</summary>
    [JsonPropertyName("reviewStatus")]
    public string? ReviewStatus { get; init; }

    [JsonPropertyName("reviewerUserUuid")]
    public string? ReviewerUserUuid { get; init; }

    [JsonPropertyName("reviewerName")]
    public string? ReviewerName { get; init; }

    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <summary>ISO 8601 (the document says only "string").</summary>
    [JsonPropertyName("reviewedAtDateTime")]
    public string? ReviewedAtDateTime { get; init; }
}

/// <summary>The documented item statuses.</summary>
public static class MyKaarmaItemStatus
{
    public const string Scheduled = "SCHEDULED";
    public const string Requested = "REQUESTED";
    public const string PendingApproval = "PENDING_APPROVAL";
    public const string Completed = "COMPLETED";
    public const string Declined = "DECLINED";
}

/// <summary>The documented review statuses.</summary>
public static class MyKaarmaReviewStatus
{
    public const string Approved = "APPROVED";
    public const string Declined = "DECLINED";
    public const string RequestedAgain = "REQUESTED_AGAIN";
}
