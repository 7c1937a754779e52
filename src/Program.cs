using Portal.Data;
using Portal.Features.Customers;
using Portal.Features.Customers.Sync;
using Portal.Hosting;
using Portal.Sandbox;
using Portal.Security;

// `dotnet run -- sandbox [--urls ...]` serves the vendor emulators alone (benchmarks, fault tests).
if (args is ["sandbox", .. var sandboxArgs])
{
    await SandboxHost.RunAsync(sandboxArgs);
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalHosting();
builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalSandbox();
builder.AddPortalVendors();
builder.Services.AddCustomers();
builder.AddCustomerSync();

var app = builder.Build();
app.UsePortal();
await app.RunAsync();

/// <summary>Entry point; public so that test hosts (WebApplicationFactory) can find it.</summary>
public partial class Program;
