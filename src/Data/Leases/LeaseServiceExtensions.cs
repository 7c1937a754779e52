namespace Portal.Data.Leases;

public static class LeaseServiceExtensions
{
    /// <summary>Leases in the portal database, so that several instances on one database do once-only work once.</summary>
    public static WebApplicationBuilder AddPortalLeases(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LeaseOptions>().Bind(builder.Configuration.GetSection(LeaseOptions.Section))
            .Validate(o => o.LeaseRenewEvery > TimeSpan.Zero && o.LeaseRenewEvery * 2 <= o.LeaseDuration,
                "Instance:LeaseRenewEvery must be positive and at most half of Instance:LeaseDuration.")
            .ValidateOnStart();
        services.AddSingleton<InstanceIdentity>();
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<WorkLeases>();
        services.AddSingleton<LeaseKeeper>();
        services.AddSingleton<IStandingLeases>(sp => sp.GetRequiredService<LeaseKeeper>());
        // Registered before the features' background services, so it stops after them and releases last.
        services.AddHostedService(sp => sp.GetRequiredService<LeaseKeeper>());
        return builder;
    }

    /// <summary>A lease the keeper holds for this instance whenever it can (one instance at a time does its work).</summary>
    public static IServiceCollection AddStandingLease(this IServiceCollection services, string name) =>
        services.AddSingleton(new StandingLease(name));
}
