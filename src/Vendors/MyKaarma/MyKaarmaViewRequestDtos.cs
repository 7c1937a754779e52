using System.Text.Json.Serialization;

namespace Portal.Vendors.MyKaarma;

/// <summary>Open view requests of a department, one page (assumption: not in the document, see docs/vendor-assumptions/mykaarma.md).</summary>
public sealed record MyKaarmaViewRequestPage : MyKaarmaEnvelope
{
    [JsonPropertyName("customerProfileViewRequests")]
    public IReadOnlyList<MyKaarmaViewRequestRef>? CustomerProfileViewRequests { get; init; }

    /// <summary>Opaque; absent or null on the last page.</summary>
    [JsonPropertyName("nextPageToken")]
    public string? NextPageToken { get; init; }
}

/// <summary>An open view request: the token to read it with getCustomerProfileData.</summary>
public sealed record MyKaarmaViewRequestRef
{
    [JsonPropertyName("customerProfileViewRequestToken")]
    public string? CustomerProfileViewRequestToken { get; init; }

    [JsonPropertyName("vaultDataRequestUUID")]
    public string? VaultDataRequestUuid { get; init; }

    [JsonPropertyName("createdDateTime")]
    public string? CreatedDateTime { get; init; }
}

/// <summary>The answer to a recorded review (assumption): the envelope and the item as it now stands.</summary>
public sealed record MyKaarmaReviewResponse : MyKaarmaEnvelope
{
    [JsonPropertyName("item")]
    public MyKaarmaItem? Item { get; init; }
}

/// <summary>A vault document downloaded from an item's fileUrl.</summary>
public sealed record MyKaarmaDocument(Stream Content, string ContentType, string? FileName, long Length);
