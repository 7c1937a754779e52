namespace Portal.Features.Customers.Linking;

public static class LinkingServiceExtensions
{
    /// <summary>Linking records into people, and the managers' review of links.</summary>
    public static IServiceCollection AddCustomerLinking(this IServiceCollection services)
    {
        services.AddSingleton<LinkStore>();
        services.AddSingleton<CustomerLinker>();
        // Made by a factory: start-up validation then does not demand IAuditLog (registered by the audit feature),
        // which this service needs only when a manager reviews a link.
        services.AddScoped<ILinkReviewService>(sp => ActivatorUtilities.CreateInstance<LinkReviewService>(sp));
        return services;
    }
}
