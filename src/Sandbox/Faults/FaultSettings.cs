namespace Portal.Sandbox;

/// <summary>
/// Faults an emulator injects before (or instead of) answering. Rates are probabilities from 0 to 1; with
/// <see cref="Count"/> set, the faults apply to that many matching requests only and then stop by themselves.
/// </summary>
public sealed record FaultSettings
{
    /// <summary>Added latency for every matching request, in milliseconds.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Random extra latency from 0 to this, in milliseconds.</summary>
    public int JitterMs { get; init; }

    /// <summary>Share of requests answered with <see cref="ErrorStatus"/> (500, 502 or 503).</summary>
    public double ErrorRate { get; init; }

    public int ErrorStatus { get; init; } = 500;

    /// <summary>Share of requests answered 429 with a Retry-After of <see cref="RetryAfterSeconds"/>.</summary>
    public double RateLimitRate { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Share of requests that never get an answer (until the client gives up).</summary>
    public double HangRate { get; init; }

    /// <summary>Share of requests answered 200 with a truncated, unparsable JSON body.</summary>
    public double MalformedRate { get; init; }

    /// <summary>Share of requests whose connection is dropped without any answer.</summary>
    public double DropRate { get; init; }

    /// <summary>
    /// For <see cref="DropRate"/>: drop the connection mid-response instead, after a 200, its headers and the start of
    /// a JSON body that announced more (the client sees the answer begin, then the socket close).
    /// </summary>
    public bool DropMidResponse { get; init; }

    /// <summary>Every credential or token is treated as expired: the vendor's 401.</summary>
    public bool ExpireCredentials { get; init; }

    /// <summary>When set, the faults apply to the next N matching requests only.</summary>
    public int? Count { get; init; }

    /// <summary>Only requests whose path contains this (after the vendor prefix) are affected.</summary>
    public string? PathContains { get; init; }

    /// <summary>Only requests with this HTTP method (GET, PATCH, ...) are affected.</summary>
    public string? Method { get; init; }

    /// <summary>For writes: apply the write first, then fail the answer (the outcome is unknown to the client).</summary>
    public bool AfterHandler { get; init; }

    public static FaultSettings None { get; } = new();

    public bool IsNone => this == None;
}
