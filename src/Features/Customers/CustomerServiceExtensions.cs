using Portal.Features.Customers.Index;
using Portal.Features.Customers.Search;
using Portal.Features.Customers.Search.Live;
using Portal.Features.Customers.Linking;
using Portal.Features.Customers.Profile;

namespace Portal.Features.Customers;

public static class CustomerServiceExtensions
{
    /// <summary>The customer index (store, writer, directory) and the customer features built on it.</summary>
    public static IServiceCollection AddCustomers(this IServiceCollection services)
    {
        services.AddSingleton<MatchingHasher>();
        services.AddSingleton<IndexedCustomerMapper>();
        services.AddSingleton<CustomerIndexWriter>();
        services.AddSingleton<ICustomerDirectory, CustomerDirectory>();
        services.AddSingleton<CustomerSearchQuery>();
        services.AddScoped<CustomerSearchService>();
        services.AddScoped<LiveVendorSearchService>();
        services.AddSingleton<ILiveSearchSource, DrivlyLiveSearch>();
        services.AddSingleton<ILiveSearchSource, GuardantLiveSearch>();
        services.AddSingleton<ILiveSearchSource, WalcuLiveSearch>();
        services.AddCustomerLinking();
        services.AddCustomerProfile();
        return services;
    }
}
