using System.Diagnostics;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>The portal's own executable (`dotnet Portal.dll ...`) as a child process, for its command-line verbs.</summary>
internal static class PortalProcess
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(typeof(AuditWriter).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal process.");
    }

    /// <summary>Runs to the end and returns the exit code and standard output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
