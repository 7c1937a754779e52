using System.Net;

namespace Portal.Vendors;

/// <summary>Why a vendor call failed, in terms the portal can act on and show.</summary>
public enum VendorFailureKind
{
    /// <summary>No answer within the attempt timeout or the overall deadline.</summary>
    Timeout,
    /// <summary>A write was sent but no answer came: it may or may not have been applied; re-read before retrying.</summary>
    OutcomeUnknown,
    Unauthorized,
    Forbidden,
    NotFound,
    /// <summary>The vendor refused the request as invalid (400, 409, 422).</summary>
    Rejected,
    RateLimited,
    ServerError,
    /// <summary>The answer could not be parsed.</summary>
    Malformed,
    /// <summary>The connection failed or was dropped.</summary>
    Network,
    /// <summary>Too many recent failures: calls are paused for a while.</summary>
    CircuitOpen,
    /// <summary>The connection is missing a setting or credential.</summary>
    Configuration,
    /// <summary>A field being changed was changed by someone else since the user read it; nothing was written.</summary>
    Conflict,
}

/// <summary>
/// The one exception every vendor client throws: which vendor and connection, what kind of failure, the HTTP
/// status, the vendor's own error code and message, and its request id.
/// </summary>
public sealed class VendorApiException(
    VendorKind vendor, string connectionName, VendorFailureKind kind, string message, Exception? inner = null)
    : Exception($"{vendor.DisplayName()} ({connectionName}): {message}", inner)
{
    public VendorKind Vendor { get; } = vendor;

    public string ConnectionName { get; } = connectionName;

    public VendorFailureKind Kind { get; } = kind;

    /// <summary>The vendor's message alone, without the vendor/connection prefix.</summary>
    public string VendorMessage { get; } = message;

    public HttpStatusCode? StatusCode { get; init; }

    public string? ErrorCode { get; init; }

    public string? RequestId { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For <see cref="VendorFailureKind.Conflict"/>: the vendor's names of the fields changed meanwhile.</summary>
    public IReadOnlyList<string> ConflictingFields { get; init; } = [];

    /// <summary>True when retrying later may succeed (timeouts, 429, 5xx, network, open circuit).</summary>
    public bool IsTransient => Kind is VendorFailureKind.Timeout or VendorFailureKind.RateLimited or VendorFailureKind.ServerError
        or VendorFailureKind.Network or VendorFailureKind.CircuitOpen or VendorFailureKind.Malformed;
}
