using System.Text.Json.Serialization;

namespace Portal.Vendors.MyKaarma;

/// <summary>The errors/warnings envelope myKaarma puts on every answer (200, 204, 400, 401, 500).</summary>
public record MyKaarmaEnvelope
{
    [JsonPropertyName("errors")]
    public IReadOnlyList<MyKaarmaError>? Errors { get; init; }

    [JsonPropertyName("warnings")]
    public IReadOnlyList<MyKaarmaWarning>? Warnings { get; init; }
}

public sealed record MyKaarmaError
{
    [JsonPropertyName("errorCode")]
    public int? ErrorCode { get; init; }

    [JsonPropertyName("errorTitle")]
    public string? ErrorTitle { get; init; }

    /// <summary>Only the 200 schema lists it.</summary>
    [JsonPropertyName("errorDescription")]
    public string? ErrorDescription { get; init; }

    [JsonPropertyName("errorMessage")]
    public string? ErrorMessage { get; init; }
}

public sealed record MyKaarmaWarning
{
    [JsonPropertyName("warningCode")]
    public int? WarningCode { get; init; }

    [JsonPropertyName("warningTitle")]
    public string? WarningTitle { get; init; }

    [JsonPropertyName("warningMessage")]
    public string? WarningMessage { get; init; }
}
