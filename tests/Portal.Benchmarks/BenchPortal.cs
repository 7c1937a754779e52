namespace Portal.Benchmarks;

/// <summary>A portal for a scenario (PortalAppFactory: real Kestrel over loopback, sandbox on), logging only warnings.</summary>
public static class BenchPortal
{
    public static PortalAppFactory New() => new PortalAppFactory()
        .With("Logging:LogLevel:Default", "Warning")
        .With("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
}
