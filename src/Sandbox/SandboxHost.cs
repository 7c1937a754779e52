namespace Portal.Sandbox;

/// <summary>
/// Runs the sandbox alone, without the portal (for benchmarks and fault tests):
/// <c>dotnet run -- sandbox --urls http://127.0.0.1:5090</c>. Emulators are then at http://127.0.0.1:5090/sandbox/{vendor}.
/// </summary>
public static class SandboxHost
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddSandbox(builder.Configuration);
        var app = builder.Build();
        app.MapSandbox();
        await app.RunAsync();
    }
}
