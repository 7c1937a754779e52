using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.TestSupport.Processes;

/// <summary>
/// The built portal (<c>dotnet Portal.dll ...</c>, the test's own copy of the build output) as a child OS process,
/// run from the checkout (the content root <c>dotnet run</c> uses: appsettings*.json and wwwroot are found there).
/// Its console output is kept for diagnostics and the leak scan. <see cref="Kill"/> is a SIGKILL of that process.
/// </summary>
public sealed class ChildPortal : IDisposable
{
    private readonly Process _process;

    private ChildPortal(Process process, Uri root)
    {
        _process = process;
        Root = root;
    }

    public Uri Root { get; }

    public ConcurrentQueue<string> Output { get; } = new();

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts <c>dotnet Portal.dll {args} --urls {root}</c> (a free loopback port unless given) and waits until
    /// <paramref name="readyPath"/> answers 200.
    /// </summary>
    public static async Task<ChildPortal> StartAsync(
        IEnumerable<string> args, string readyPath, IReadOnlyDictionary<string, string>? environment = null, Uri? root = null)
    {
        root ??= new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args.Concat(["--urls", root.ToString().TrimEnd('/')]))
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal process.");
        var child = new ChildPortal(process, root);
        process.OutputDataReceived += (_, line) => child.Output.Enqueue(line.Data ?? "");
        process.ErrorDataReceived += (_, line) => child.Output.Enqueue(line.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await child.WaitForOkAsync(readyPath, TimeSpan.FromMinutes(2));
        }
        catch
        {
            child.Dispose();
            throw;
        }
        return child;
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power or the OOM killer strikes.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit(30_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>The folder holding Portal.sln above the test's output folder.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>A loopback port free right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForOkAsync(string path, TimeSpan limit)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal process exited with {_process.ExitCode}:\n{string.Join('\n', Output.TakeLast(40))}");
            }
            try
            {
                using var response = await http.GetAsync(new Uri(Root, path));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{new Uri(Root, path)} did not answer 200 within {limit.TotalSeconds:0} s.");
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
    }
}
