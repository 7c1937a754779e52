using Portal.Data;
using Portal.Features.Audit;
using Portal.Hosting;
using Portal.Security;

// Command-line verbs (e.g. `dotnet run -- audit verify`) run instead of the web server.
if (await PortalCommands.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);

builder.AddPortalHosting();
builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddAuditLog();

var app = builder.Build();
app.UsePortal();
app.MapAuditEndpoints();
app.Run();
return 0;

/// <summary>Entry point; public so that test hosts (WebApplicationFactory) can find it.</summary>
public partial class Program;
