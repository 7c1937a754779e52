using Portal.Sandbox;

namespace Portal.E2ETests.FaultMatrix;

/// <summary>
/// One column of the fault matrix: what the sandbox does to every matching request of the failing vendor, and the
/// plain reason the page must give for it.
/// </summary>
public sealed record FaultCase(string Name, FaultSettings Settings, string Reason)
{
    /// <summary>The Retry-After the 429 case sends (longer than the portal honours, so the page must pass it on).</summary>
    public const int RetryAfterSeconds = 30;

    public static IReadOnlyList<FaultCase> All { get; } =
    [
        new("timeout", new FaultSettings { HangRate = 1 }, "timed out"),
        new("500", new FaultSettings { ErrorRate = 1, ErrorStatus = 500 }, "server error (HTTP 500)"),
        new("429", new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = RetryAfterSeconds }, $"rate limited, retry after {RetryAfterSeconds} s"),
        new("malformed", new FaultSettings { MalformedRate = 1 }, "returned data the portal could not read"),
        new("expired", new FaultSettings { ExpireCredentials = true }, "credentials rejected"),
        new("dropped", new FaultSettings { DropRate = 1, DropMidResponse = true }, "connection dropped"),
    ];

    public static FaultCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>This fault on one HTTP method only (e.g. the vendor's write), every other request answered normally.</summary>
    public FaultSettings On(string method) => Settings with { Method = method };

    /// <summary>Theory rows: every vendor given × every fault.</summary>
    public static TheoryData<string, string> Matrix(params string[] vendors)
    {
        var rows = new TheoryData<string, string>();
        foreach (var vendor in vendors)
        {
            foreach (var fault in All)
            {
                rows.Add(vendor, fault.Name);
            }
        }
        return rows;
    }

    public override string ToString() => Name;
}
