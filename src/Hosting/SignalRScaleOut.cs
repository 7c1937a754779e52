namespace Portal.Hosting;

/// <summary>
/// Azure SignalR Service as the documented option for many circuits across instances: when
/// Azure:SignalR:ConnectionString is set, the circuits' SignalR connections go through the service (with server
/// stickiness required, as Blazor Server needs); otherwise nothing changes and a load balancer with session affinity
/// is the way (README, "Running at scale"). The SDK is compiled in only with -p:AzureSignalR=true: its dependency
/// Microsoft.Azure.SignalR.Protocols does not restore from the registry copy here.
/// </summary>
public static class SignalRScaleOut
{
    public const string ConnectionStringSetting = "Azure:SignalR:ConnectionString";

    public static WebApplicationBuilder AddPortalSignalRScaleOut(this WebApplicationBuilder builder)
    {
        if (builder.Configuration[ConnectionStringSetting] is not { Length: > 0 } connectionString)
        {
            return builder;
        }
#if AZURE_SIGNALR
        builder.Services.AddSignalR().AddAzureSignalR(options =>
        {
            options.ConnectionString = connectionString;
            options.ServerStickyMode = Microsoft.Azure.SignalR.ServerStickyMode.Required;
        });
        return builder;
#else
        _ = connectionString;
        // Refusing beats ignoring: an operator who set it must not believe circuits go through the service.
        throw new InvalidOperationException(
            $"{ConnectionStringSetting} is set, but this build has no Azure SignalR Service support: build with -p:AzureSignalR=true "
            + "where the Microsoft.Azure.SignalR package restores (README, \"Running at scale\").");
#endif
    }
}
