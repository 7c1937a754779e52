using System.Diagnostics;

namespace Portal.Sandbox;

/// <summary>
/// Something an emulator builds once and keeps (member lists, sort orders): seconds of work at a million people,
/// so it is built in the background at start instead of inside the first vendor call, which would time out.
/// </summary>
internal interface ISandboxWarmUp
{
    string Name { get; }

    void WarmUp();
}

internal sealed class SandboxWarmUpService(IEnumerable<ISandboxWarmUp> parts, ILogger<SandboxWarmUpService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        foreach (var part in parts)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            var started = Stopwatch.GetTimestamp();
            part.WarmUp();
            logger.LogInformation("Sandbox {Part} ready in {Elapsed} ms", part.Name, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }, stoppingToken);
}
