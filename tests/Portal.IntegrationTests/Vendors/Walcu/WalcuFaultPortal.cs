namespace Portal.IntegrationTests.Vendors.Walcu;

/// <summary>
/// A portal for fault tests: short attempt timeout, quick retries, logs captured, and a breaker that never opens
/// (its own test class checks it), so one test's failures cannot trip the next one.
/// </summary>
public sealed class WalcuFaultPortal : IDisposable
{
    public LogCapturingPortalFactory Factory { get; } = (LogCapturingPortalFactory)new LogCapturingPortalFactory()
        .With("Vendors:Resilience:AttemptTimeout", "00:00:00.300")
        .With("Vendors:Resilience:TotalTimeout", "00:00:05")
        .With("Vendors:Resilience:RetryBaseDelay", "00:00:00.010")
        .With("Vendors:Resilience:BreakerMinimumThroughput", "1000");

    public void Dispose() => Factory.Dispose();
}
