namespace Portal.Benchmarks;

/// <summary>
/// A portal for a scenario (PortalAppFactory: real Kestrel over loopback, sandbox on), logging only warnings, on the
/// run's database (<see cref="BenchDatabase"/>).
/// </summary>
public static class BenchPortal
{
    public static PortalAppFactory New(BenchContext context) => Quiet(context.Database.NewPortal());

    public static PortalAppFactory Quiet(PortalAppFactory portal) => portal
        .With("Logging:LogLevel:Default", "Warning")
        .With("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
}
