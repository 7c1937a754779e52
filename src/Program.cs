using Portal.Data;
using Portal.Data.Leases;
using Portal.Features.Account;
using Portal.Features.Admin;
using Portal.Features.Audit;
using Portal.Features.Customers;
using Portal.Features.Customers.Sync;
using Portal.Features.DataRequests;
using Portal.Features.Orders;
using Portal.Hosting;
using Portal.Sandbox;
using Portal.Security;
using Portal.Security.EntraId;

// Command-line verbs (`dotnet run -- audit verify`, `dotnet run -- sandbox`) run instead of the portal.
if (await PortalCommands.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalHosting();
builder.AddPortalData();
builder.AddPortalLeases();
builder.AddPortalIdentity();
builder.AddPortalEntraId();
builder.AddPortalSandbox();
builder.AddPortalVendors();
builder.Services.AddCustomers();
builder.AddCustomerSync();
builder.AddAuditLog();
builder.AddPortalAccount();
builder.AddPortalAdmin();
builder.AddDataRequests();
builder.AddOrders();

var app = builder.Build();
app.UsePortal();
app.MapAuditEndpoints();
app.MapDataRequestEndpoints();
app.MapOrdersEndpoints();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that test hosts (WebApplicationFactory) can find it.</summary>
public partial class Program;
