using Portal.Data;
using Portal.Hosting;
using Portal.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalHosting();
builder.AddPortalData();
builder.AddPortalIdentity();

var app = builder.Build();
app.UsePortal();
app.Run();

/// <summary>Entry point; public so that test hosts (WebApplicationFactory) can find it.</summary>
public partial class Program;
