using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Portal.TestSupport;

/// <summary>
/// The real portal on real Kestrel over loopback, with its own temporary folder for the SQLite file and key ring (or,
/// with PORTAL_TEST_DATABASE=postgres, its own PostgreSQL database: <see cref="TestDatabase"/>).
/// Sandbox mode is on, so the vendor emulators answer on the same host, reached over HTTP like real vendors.
/// </summary>
public class PortalAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Test-Demo-Password-1";
    public const string AdminEmail = "first.admin@portal.test";
    public const string AdminPassword = "First-Admin-Password-1";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _services = [];

    public PortalAppFactory()
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataFolder);
        _settings["ConnectionStrings:Portal"] = $"Data Source={DatabasePath}";
        _settings["Sandbox:Enabled"] = "true";
        _settings["Sandbox:DemoPassword"] = DemoPassword;
        _settings["Sandbox:People"] = "200";
        // Scheduled sync would fill the index and the audit log behind tests' backs; tests run it when they want it.
        _settings["Customers:Sync:Enabled"] = "false";
        // Every test signs in from 127.0.0.1: the production limits would throttle the suite, not an attacker. Tests of
        // the limits set their own (With).
        foreach (var limit in (string[])["SignInPerClient", "SignInPerAccount", "LiveSearchPerUser", "ExportPerUser", "RevealPerUser"])
        {
            _settings[$"Security:RateLimits:{limit}"] = "100000";
        }
        _settings["DataRequests:PollEnabled"] = "false";
        _settings["Bootstrap:AdminEmail"] = AdminEmail;
        _settings["Bootstrap:AdminPassword"] = AdminPassword;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public string DataFolder { get; }

    public string DatabasePath => _sharedFrom?.DatabasePath ?? Path.Combine(DataFolder, "portal.db");

    /// <summary>Where the key ring, audit HMAC key and matching key live by default (beside the database file).</summary>
    public string KeysFolder => _sharedFrom?.KeysFolder ?? Path.Combine(DataFolder, "keys");

    private PortalAppFactory? _sharedFrom;
    private int _sharers;
    private bool _disposed;

    /// <summary>
    /// Makes this portal a second instance of <paramref name="first"/>: the same database (its connection settings are
    /// copied, so a provider other than SQLite carries over) and the same key files. The first keeps its folder until
    /// the last instance sharing it is disposed. Call before the server starts.
    /// </summary>
    public PortalAppFactory SharingDatabaseOf(PortalAppFactory first)
    {
        _sharedFrom = first;
        first._sharers++;
        foreach (var key in (string[])["ConnectionStrings:Portal", "Database:Provider"])
        {
            if (first._settings.TryGetValue(key, out var value))
            {
                _settings[key] = value;
            }
        }
        _settings["DataProtection:KeysFolder"] = KeysFolder;
        _settings["Customers:MatchingKeyFile"] = Path.Combine(KeysFolder, "matching-hmac.key");
        return this;
    }

    /// <summary>
    /// The PostgreSQL pass's database (null on SQLite), chosen when the server starts. It stands for the SQLite file
    /// the portal is configured with, so two portals given the same file (a restart) share one database; the key
    /// files go where they would beside that file. This portal's own database is dumped and dropped on dispose.
    /// </summary>
    public string? PostgresDatabase { get; private set; }

    private void UsePostgres()
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(_settings["ConnectionStrings:Portal"]).DataSource;
        PostgresDatabase = TestDatabase.NameFor(file);
        _settings["Database:Provider"] = "Postgres";
        _settings["ConnectionStrings:PortalPostgres"] = TestDatabase.CreatePostgres(PostgresDatabase);
        _settings["Data:Folder"] = Path.GetDirectoryName(file);
    }

    /// <summary>Overrides a configuration value; call before the server starts.</summary>
    public PortalAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces services after the portal registered its own (a test's stand-in); call before the server starts.</summary>
    public PortalAppFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Starts the server (once) and returns its loopback address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri RootUri
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("The test server has no addresses feature.");
            return new Uri(addresses.Addresses.First().TrimEnd('/') + "/");
        }
    }

    /// <summary>A plain HTTP client to the running server that does not follow redirects and keeps cookies.</summary>
    public HttpClient CreateLoopbackClient(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = RootUri,
        };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (TestDatabase.IsPostgres)
        {
            UsePostgres();
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => _services.ForEach(configure => configure(services)));
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            // The portal's own code is captured at every level (a rule for this provider outranks the configured
            // levels); the framework's categories at the levels the portal configures, which is what it would write.
            logging.AddFilter<LogCapture>("Portal", LogLevel.Trace);
        });
    }

    /// <summary>Every log line the portal wrote, at every level (the leak scan reads them all).</summary>
    public LogCapture Logs { get; } = new();

    private bool _scanned;

    private void ScanForLeaks()
    {
        if (_scanned)
        {
            return;
        }
        _scanned = true;
        var seed = int.TryParse(_settings.GetValueOrDefault("Sandbox:Seed"), out var s) ? s : new Portal.Sandbox.SandboxOptions().Seed;
        var size = int.TryParse(_settings.GetValueOrDefault("Sandbox:People"), out var n) ? n : new Portal.Sandbox.SandboxOptions().People;
        Leaks.LeakReport.ScanIfEnabled(Path.GetFileName(DataFolder), Leaks.LeakCanaries.For(seed, size), DataFolder, Logs.Lines);
    }

    private void DisposePostgres(string database)
    {
        try
        {
            if (Leaks.LeakReport.Folder is not null)
            {
                TestDatabase.DumpPostgres(_settings["ConnectionStrings:PortalPostgres"]!, DataFolder);
            }
        }
        finally
        {
            TestDatabase.DropPostgres(database);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_disposed)
        {
            _disposed = true;
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            // The first instance owns the database; an instance sharing it (SharingDatabaseOf) leaves it.
            if (_sharedFrom is null && PostgresDatabase is { } database && database == TestDatabase.NameFor(DatabasePath))
            {
                DisposePostgres(database);
            }
            ScanForLeaks();
            DeleteFolder();
            if (_sharedFrom is { } first && --first._sharers == 0 && first._disposed)
            {
                first.DeleteFolder();
            }
        }
    }

    private void DeleteFolder()
    {
        if (_sharers > 0)
        {
            return; // another instance still runs on this folder's database; the last one out deletes it
        }
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a background task; the temp folder is cleaned by the OS.
        }
    }
}
