using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.TestSupport.Leaks;

namespace Portal.TestSupport.Processes;

/// <summary>
/// The portal under test as a child OS process that a test can SIGKILL mid-work and start again on the same data
/// folder (SQLite file, key ring, audit key). Settings follow <see cref="PortalAppFactory"/> (Development, sandbox on,
/// limits high, a bootstrap admin, scheduled jobs off); its vendor connections point at a <see cref="SandboxProcess"/>,
/// whose state survives the kill.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private const int People = 200;
    private readonly Dictionary<string, string> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _output = [];
    private ChildPortal? _current;

    public PortalProcess(SandboxProcess vendors)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "portal-tests", "process-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        _settings["ConnectionStrings:Portal"] = $"Data Source={DatabasePath}";
        _settings["Sandbox:Enabled"] = "true";
        _settings["Sandbox:DemoPassword"] = PortalAppFactory.DemoPassword;
        _settings["Sandbox:People"] = People.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _settings["Customers:Sync:Enabled"] = "false";
        _settings["DataRequests:PollEnabled"] = "false";
        foreach (var limit in (string[])["SignInPerClient", "SignInPerAccount", "LiveSearchPerUser", "ExportPerUser", "RevealPerUser"])
        {
            _settings[$"Security:RateLimits:{limit}"] = "100000";
        }
        _settings["Bootstrap:AdminEmail"] = PortalAppFactory.AdminEmail;
        _settings["Bootstrap:AdminPassword"] = PortalAppFactory.AdminPassword;
        foreach (var (key, value) in vendors.ConnectionSettings())
        {
            _settings[key] = value;
        }
    }

    public string DataFolder { get; }

    public string DatabasePath => Path.Combine(DataFolder, "portal.db");

    /// <summary>The portal's address; the same port after a restart, so an open browser page reconnects to it.</summary>
    public Uri Root { get; } = new($"http://127.0.0.1:{ChildPortal.FreePort()}/");

    /// <summary>Sets a configuration value for the next start.</summary>
    public PortalProcess With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Starts the portal (the previous run must be killed or stopped) and waits for /healthz.</summary>
    public async Task StartAsync()
    {
        if (_current is { HasExited: false })
        {
            throw new InvalidOperationException("The portal process is already running.");
        }
        Collect();
        _current = await ChildPortal.StartAsync(
            _settings.Select(s => $"--{s.Key}={s.Value}"), "healthz",
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, Root);
    }

    /// <summary>SIGKILL of the portal process; nothing of its shutdown runs.</summary>
    public void Kill() => _current?.Kill();

    /// <summary>A context on the portal's database file, opened from the test process (WAL: reads beside the portal).</summary>
    public PortalDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite($"Data Source={DatabasePath};Pooling=False").Options);

    /// <summary>Runs <c>Portal audit verify</c> on the data folder; returns its exit code (0 = intact) and its line.</summary>
    public async Task<(int ExitCode, string Output)> VerifyAuditAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = DataFolder };
        foreach (var arg in (string[])[typeof(Program).Assembly.Location, "audit", "verify", $"--ConnectionStrings:Portal=Data Source={DatabasePath}"])
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start audit verify.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output + await errors).Trim());
    }

    /// <summary>Everything the portal printed, over all its runs so far (for a failing test's message).</summary>
    public string OutputTail(int lines = 60)
    {
        Collect();
        return string.Join('\n', _output.TakeLast(lines));
    }

    private void Collect()
    {
        while (_current?.Output.TryDequeue(out var line) == true)
        {
            _output.Add(line);
        }
    }

    public void Dispose()
    {
        _current?.Dispose();
        Collect();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        LeakReport.ScanIfEnabled(Path.GetFileName(DataFolder), LeakCanaries.For(20261122, People), DataFolder, _output);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // the OS cleans temp
        }
    }
}
