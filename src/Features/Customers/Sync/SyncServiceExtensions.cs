using Portal.Data.Leases;
using Portal.Features.Customers.Sync.Sources;

namespace Portal.Features.Customers.Sync;

public static class SyncServiceExtensions
{
    /// <summary>The hosted sync of every enabled connection into the customer index (Customers:Sync settings).</summary>
    public static WebApplicationBuilder AddCustomerSync(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<SyncOptions>(builder.Configuration.GetSection(SyncOptions.Section));
        services.AddSingleton<SyncStore>();
        services.AddSingleton<SyncMonitor>();
        services.AddSingleton<ISyncMonitor>(sp => sp.GetRequiredService<SyncMonitor>());
        services.AddSingleton<SyncAuditor>();
        services.AddSingleton<SyncRunner>();
        services.AddSingleton<SyncScheduler>();
        services.AddSingleton<ISyncService>(sp => sp.GetRequiredService<SyncScheduler>());
        services.AddHostedService(sp => sp.GetRequiredService<SyncScheduler>());
        services.AddStandingLease(SyncLeases.Schedule);
        AddSources(services);
        return builder;
    }

    /// <summary>One source per vendor that can list what changed.</summary>
    private static void AddSources(IServiceCollection services)
    {
        ChangeFeedSources.Add(services);
        services.AddSingleton<UnlistedRecords>();
        services.AddSingleton<ISyncSource, WalcuSyncSource>();
        services.AddSingleton<ISyncSource, GuardantSyncSource>();
        services.AddSingleton<ISyncSource, MyKaarmaSyncSource>();
        services.AddSingleton<IProfileIndex, ProfileIndex>();
    }
}
