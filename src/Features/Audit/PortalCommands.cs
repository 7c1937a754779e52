namespace Portal.Features.Audit;

/// <summary>
/// Command-line verbs that run instead of the web server (<c>dotnet run -- audit verify</c>). Each feature adds its
/// own line to the switch; anything else starts the portal as usual.
/// </summary>
public static class PortalCommands
{
    /// <summary>Runs the command the arguments name and returns its exit code, or null when they name none.</summary>
    public static async Task<int?> TryRunAsync(string[] args) => args switch
    {
        ["audit", .. var rest] => await AuditCommand.RunAsync(rest),
        // Serves the vendor emulators alone (benchmarks, fault tests).
        ["sandbox", .. var rest] => await RunSandboxAsync(rest),
        _ => null,
    };

    private static async Task<int> RunSandboxAsync(string[] args)
    {
        await Sandbox.SandboxHost.RunAsync(args);
        return 0;
    }
}
