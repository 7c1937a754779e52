using Portal.Features.Customers.Profile.Editing;
using Portal.Features.Customers.Profile.Related;
using Portal.Features.Customers.Profile.Sources;

namespace Portal.Features.Customers.Profile;

public static class ProfileServiceExtensions
{
    /// <summary>The customer page: live reads per source, reveals, edits with write-back (Customers:RevealRoles...).</summary>
    public static IServiceCollection AddCustomerProfile(this IServiceCollection services)
    {
        services.AddOptions<CustomerProfileOptions>().BindConfiguration(CustomerProfileOptions.Section);
        services.AddSingleton<IProfileSource, WalcuProfileSource>();
        services.AddSingleton<IProfileSource, GuardantProfileSource>();
        services.AddSingleton<IProfileSource, DrivlyProfileSource>();
        services.AddSingleton<IProfileSource, CovaProfileSource>();
        services.AddSingleton<IProfileSource, MyKaarmaProfileSource>();
        services.AddSingleton<ProfileSourceAccess>();
        services.AddScoped<ProfileWriteBack>();
        services.AddScoped<CustomerProfileService>();
        services.AddScoped<ProfileEditService>();
        services.AddScoped<ProfileHistoryService>();
        services.AddScoped<RelatedListsService>();
        return services;
    }
}
