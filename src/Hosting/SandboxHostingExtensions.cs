using Portal.Sandbox;

namespace Portal.Hosting;

public static class SandboxHostingExtensions
{
    /// <summary>In sandbox mode the portal serves the vendor emulators on its own host under /sandbox/.</summary>
    public static WebApplicationBuilder AddPortalSandbox(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Sandbox:Enabled"))
        {
            builder.Services.AddSandbox(builder.Configuration);
        }
        return builder;
    }

    public static bool SandboxEnabled(this WebApplication app) => app.Configuration.GetValue<bool>("Sandbox:Enabled");
}
