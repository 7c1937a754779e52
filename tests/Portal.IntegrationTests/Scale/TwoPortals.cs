using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.IntegrationTests.Scale;

/// <summary>
/// Two portal instances on one database and one set of key files, as behind a load balancer. The first starts
/// alone (it migrates and makes the keys); the second's vendor connections point at the first's sandbox, so both
/// talk to the same emulators, as real instances share the real vendors. Leases are short so takeovers are quick.
/// Runs on whatever database the first factory is given (SQLite file today; PostgreSQL by changing its connection).
/// </summary>
public sealed class TwoPortals : IDisposable
{
    private static readonly (string Connection, string Path)[] SandboxUrls =
    [
        ("SandboxDrivly", "sandbox/drivly/api/"), ("SandboxMyKaarma", "sandbox/mykaarma/"), ("SandboxCova", "sandbox/cova/crm/"),
        ("SandboxWalcu", "sandbox/walcu/"), ("SandboxGuardant", "sandbox/guardant/v1.0/"),
    ];

    public TwoPortals() : this(null)
    {
    }

    internal TwoPortals(Action<PortalAppFactory>? configure)
    {
        First = Configure(new PortalAppFactory(), "portal-a", configure);
        var root = First.RootUri;
        Second = Configure(new PortalAppFactory().SharingDatabaseOf(First), "portal-b", configure);
        foreach (var (connection, path) in SandboxUrls)
        {
            Second.With($"Connections:{connection}:BaseUrl", new Uri(root, path).ToString());
        }
        Second.With("Connections:SandboxCova:Settings:tokenUrl", new Uri(root, "sandbox/cova/oauth2/token").ToString());
        _ = Second.RootUri;
        Sandbox = new SandboxControl(First);
    }

    public PortalAppFactory First { get; }

    public PortalAppFactory Second { get; }

    /// <summary>The first instance's emulators, which both instances call.</summary>
    public SandboxControl Sandbox { get; }

    public IEnumerable<PortalAppFactory> Both => [First, Second];

    public async Task<PortalDbContext> DbAsync() =>
        await First.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>Waits up to <paramref name="seconds"/> for <paramref name="done"/>; false when it never came.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            if (await done())
            {
                return true;
            }
            await Task.Delay(100);
        }
        return await done();
    }

    private static PortalAppFactory Configure(PortalAppFactory factory, string id, Action<PortalAppFactory>? configure)
    {
        factory
            .With("Instance:Id", id)
            .With("Instance:LeaseDuration", "00:00:03")
            .With("Instance:LeaseRenewEvery", "00:00:00.500")
            .With("DataRequests:SenderIdleLook", "00:00:00.200")
            .With("DataRequests:RetryBaseDelay", "00:00:00.100")
            .With("DataRequests:RetryMaxDelay", "00:00:00.500")
            .With("Vendors:Resilience:AttemptTimeout", "00:00:10")
            .With("Vendors:Resilience:TotalTimeout", "00:00:30");
        configure?.Invoke(factory);
        return factory;
    }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }
}
