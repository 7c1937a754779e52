using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Portal.Data;

namespace Portal.Hosting.KeyRing;

public static class KeyRingExtensions
{
    public const string StoreSetting = "DataProtection:Store";

    /// <summary>
    /// The Data Protection key ring (sign-in cookie, antiforgery, connection secrets). Default: files in the keys
    /// folder beside the database (DataProtection:KeysFolder), right for one instance, or several sharing that folder.
    /// DataProtection:Store = Database keeps them in the portal database instead, shared by every instance on it.
    /// Either way the keys are stored as the framework writes them (unencrypted XML on Linux, as before): protect the
    /// database and the keys folder alike.
    /// </summary>
    public static WebApplicationBuilder AddPortalKeyRing(this WebApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("DealerPortal");
        var store = builder.Configuration[StoreSetting];
        if (string.Equals(store, "Database", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<DatabaseXmlRepository>();
            builder.Services.AddOptions<KeyManagementOptions>()
                .Configure<DatabaseXmlRepository>((options, repository) => options.XmlRepository = repository);
            return builder;
        }
        if (store is { Length: > 0 } && !string.Equals(store, "Folder", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{StoreSetting} must be Folder (the default) or Database.");
        }
        var keysFolder = builder.Configuration["DataProtection:KeysFolder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : DefaultKeysFolder(builder);
        dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        return builder;
    }

    private static string DefaultKeysFolder(WebApplicationBuilder builder) =>
        Path.Combine(PortalDatabaseLocation.From(builder.Configuration, builder.Environment).Folder, "keys");
}
