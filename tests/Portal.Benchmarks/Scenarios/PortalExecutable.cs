using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks.Scenarios;

/// <summary>The portal's own built executable (<c>dotnet Portal.dll ...</c>) as a child process, run from the checkout.</summary>
public static class PortalExecutable
{
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, Action<string>? output = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Find(),
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal executable.");
        process.OutputDataReceived += (_, line) => output?.Invoke(line.Data ?? "");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A loopback port free right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls the address every 20 ms until it answers 200; returns the time from <paramref name="since"/>.</summary>
    public static async Task<TimeSpan> WaitForOkAsync(Uri address, Stopwatch since, Process process, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        while (since.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The portal process exited with {process.ExitCode} before {address} answered.");
            }
            try
            {
                using var response = await http.GetAsync(address);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return since.Elapsed;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet, or too busy starting to answer in time
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"{address} did not answer 200 within {limit.TotalSeconds:0} s.");
    }

    /// <summary>Ends the child process this benchmark started (and its children), by its handle.</summary>
    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }
}
