namespace Portal.Features.Customers.Linking;

public static class LinkingServiceExtensions
{
    /// <summary>Linking records into people, and the managers' review of links.</summary>
    public static IServiceCollection AddCustomerLinking(this IServiceCollection services)
    {
        services.AddSingleton<LinkStore>();
        services.AddSingleton<CustomerLinker>();
        //TEMP services.AddScoped<ILinkReviewService, LinkReviewService>();
        return services;
    }
}
