using Portal.Data;
using Portal.Features.Account;
using Portal.Features.Admin;
using Portal.Hosting;
using Portal.Security;
using Portal.Security.EntraId;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalHosting();
builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalEntraId();
builder.AddPortalAccount();
builder.AddPortalAdmin();

var app = builder.Build();
app.UsePortal();
app.Run();

/// <summary>Entry point; public so that test hosts (WebApplicationFactory) can find it.</summary>
public partial class Program;
