using System.Text.Json.Serialization;

namespace Portal.Vendors.Drivly;

/// <summary>A Payload list answer: the documents and the paging fields of the document.</summary>
public sealed record DrivlyPage<T>
{
    [JsonPropertyName("docs")] public IReadOnlyList<T>? Docs { get; init; }
    [JsonPropertyName("totalDocs")] public long TotalDocs { get; init; }
    [JsonPropertyName("limit")] public int Limit { get; init; }
    [JsonPropertyName("totalPages")] public int TotalPages { get; init; }
    [JsonPropertyName("page")] public int? Page { get; init; }
    /// <summary>The 1-based position of the first document of this page.</summary>
    [JsonPropertyName("pagingCounter")] public long PagingCounter { get; init; }
    [JsonPropertyName("hasPrevPage")] public bool HasPrevPage { get; init; }
    [JsonPropertyName("hasNextPage")] public bool HasNextPage { get; init; }
    [JsonPropertyName("prevPage")] public int? PrevPage { get; init; }
    [JsonPropertyName("nextPage")] public int? NextPage { get; init; }
}

/// <summary>One saved version of a customer ("GET /customers/versions": version, createdAt, updatedAt).</summary>
/// <remarks>id and parent are Payload's own version fields; the document's example leaves them out.</remarks>
public sealed record DrivlyVersion
{
    [JsonPropertyName("id")] [JsonConverter(typeof(DrivlyIdConverter))] public string? Id { get; init; }
    /// <summary>The id of the customer document this is a version of.</summary>
    [JsonPropertyName("parent")] [JsonConverter(typeof(DrivlyIdConverter))] public string? Parent { get; init; }
    [JsonPropertyName("version")] public DrivlyCustomer? Version { get; init; }
    [JsonPropertyName("createdAt")] public string? CreatedAt { get; init; }
    [JsonPropertyName("updatedAt")] public string? UpdatedAt { get; init; }
}

/// <summary>Payload's answer to PATCH /api/customers/{id}: the updated document and a message.</summary>
internal sealed record DrivlyUpdated(
    [property: JsonPropertyName("doc")] DrivlyCustomer? Doc,
    [property: JsonPropertyName("message")] string? Message);
