using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.E2ETests.Pages;
using Portal.Features.Audit;
using Portal.Sandbox;
using Portal.Vendors;

namespace Portal.E2ETests.FaultMatrix;

/// <summary>
/// One portal and one browser for the whole fault matrix, with vendor resilience settings that fail fast (short
/// attempt timeout, one retry, no breaker: a breaker opened by the previous case would hide this case's reason), and
/// one signed-in browser context per user, reused by every case.
/// </summary>
public sealed class FaultMatrixFixture : IAsyncLifetime
{
    /// <summary>Longest wait for one vendor call including its retry, as set here.</summary>
    public static TimeSpan VendorTimeout { get; } = TimeSpan.FromSeconds(4);

    /// <summary>What a page may take beyond the vendor timeout on a shared two-core machine and still count as not hanging.</summary>
    public static TimeSpan Margin { get; } = TimeSpan.FromSeconds(6);

    private readonly ConcurrentDictionary<string, Lazy<Task<IBrowserContext>>> _contexts = new();
    private readonly ConcurrentDictionary<string, Lazy<Task>> _prepared = new();
    private IPlaywright? _playwright;

    public PortalAppFactory Portal { get; } = new PortalAppFactory()
        .With("Vendors:Resilience:AttemptTimeout", "00:00:01.500")
        .With("Vendors:Resilience:TotalTimeout", "00:00:04")
        .With("Vendors:Resilience:MaxRetries", "1")
        .With("Vendors:Resilience:RetryBaseDelay", "00:00:00.050")
        .With("Vendors:Resilience:MaxRetryAfter", "00:00:01")
        .With("Vendors:Resilience:BreakerMinimumThroughput", "1000");

    public SandboxControl Sandbox { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _ = Portal.RootUri;
        Sandbox = new SandboxControl(Portal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
    }

    /// <summary>A new tab in this user's signed-in context (signed in once per fixture).</summary>
    public async Task<IPage> PageAsAsync(string email)
    {
        var context = await _contexts.GetOrAdd(email, e => new Lazy<Task<IBrowserContext>>(() => SignInAsync(e))).Value;
        return await context.NewPageAsync();
    }

    /// <summary>
    /// One read-side case: the audit position before it, this fault on this vendor (nothing else failing), then the
    /// case's steps in a new tab of the user's context.
    /// </summary>
    public async Task FaultCaseAsync(string email, string page, string vendor, string fault, Func<IPage, FaultCase, long, Task> run)
    {
        var @case = FaultCase.Named(fault);
        var audited = await AuditSequenceAsync();
        await FailAsync(vendor, @case.Settings);
        await InTabAsync(email, $"{page}-{vendor}-{fault}", tab => run(tab, @case, audited));
    }

    /// <summary>
    /// Runs one case in a new tab of this user's context: a screenshot named after the case when an assertion fails,
    /// the tab closed after (the context stays signed in for the next case).
    /// </summary>
    public async Task InTabAsync(string email, string caseName, Func<IPage, Task> run)
    {
        var page = await PageAsAsync(email);
        try
        {
            await run(page);
        }
        catch (Exception e) when (e is PlaywrightException or Xunit.Sdk.XunitException)
        {
            await BrowserFixture.ScreenshotAsync(page, $"fault-matrix-{caseName}-failed");
            throw;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Fails when an action took longer than the vendor timeout (times the calls it makes in a row) plus the margin.</summary>
    public static void AssertSettled(Stopwatch watch, string what, int callsInARow = 1) =>
        Assert.True(watch.Elapsed < callsInARow * VendorTimeout + Margin, $"{what} took {watch.Elapsed}: it should settle within the vendor timeout.");

    /// <summary>The customer index filled from the sandbox population (once), and Playwright's waits set for a shared machine.</summary>
    public Task IndexedAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        return OnceAsync("index", () => SandboxIndex.FillAsync(Portal));
    }

    /// <summary>Runs a preparation once per fixture (xunit builds the test class anew for every case).</summary>
    public Task OnceAsync(string key, Func<Task> prepare) => _prepared.GetOrAdd(key, _ => new Lazy<Task>(prepare)).Value;

    /// <summary>Sets this case's fault on one vendor after clearing every fault and the vendors' request logs.</summary>
    public async Task FailAsync(string vendor, FaultSettings settings)
    {
        await ResetAsync();
        await Sandbox.SetFaultsAsync(vendor, settings);
    }

    /// <summary>No fault anywhere; request logs emptied so a case sees only its own requests.</summary>
    public async Task ResetAsync()
    {
        foreach (var vendor in Enum.GetValues<VendorKind>())
        {
            await Sandbox.ClearFaultsAsync(vendor.Slug());
            await Sandbox.ClearRequestsAsync(vendor.Slug());
        }
    }

    /// <summary>Writes any vendor received since the last reset (token requests are not writes).</summary>
    public async Task<IReadOnlyList<string>> WritesAsync()
    {
        var writes = new List<string>();
        foreach (var vendor in Enum.GetValues<VendorKind>())
        {
            writes.AddRange((await Sandbox.RequestsAsync(vendor.Slug()))
                .Where(r => r.Method != "GET" && !r.Path.Contains("token", StringComparison.OrdinalIgnoreCase))
                .Select(r => $"{vendor.Slug()} {r.Method} {r.Path}"));
        }
        return writes;
    }

    /// <summary>The newest audit entry of this action (and detail) after the given sequence, waiting briefly for it.</summary>
    public async Task<AuditEntry?> AuditAfterAsync(long sequence, string action, string detailStart = "", TimeSpan? wait = null)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var entries = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence > sequence && e.Action == action).ToListAsync();
            var entry = entries.Where(e => (e.Detail ?? "").StartsWith(detailStart, StringComparison.Ordinal)).MaxBy(e => e.Sequence);
            if (entry is not null || watch.Elapsed >= (wait ?? TimeSpan.FromSeconds(10)))
            {
                return entry;
            }
            await Task.Delay(100);
        }
    }

    public Task<long> AuditSequenceAsync() => QueryAsync(async db => await db.Set<AuditEntry>().MaxAsync(e => (long?)e.Sequence) ?? 0);

    /// <summary>Reads the portal's database directly (what a case checks was, or was not, written).</summary>
    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        await using var db = await Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public static string ConnectionName(VendorKind vendor) => $"{vendor.DisplayName()} (sandbox)";

    public static VendorKind Kind(string slug) =>
        VendorKinds.TryParseSlug(slug, out var kind) ? kind : throw new ArgumentException($"No vendor '{slug}'.", nameof(slug));

    private async Task<IBrowserContext> SignInAsync(string email)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await new SignInPage(page).SignInAsync(email, PortalAppFactory.DemoPassword);
        await Assertions.Expect(new ShellPage(page).SignedInUser).ToBeVisibleAsync();
        await page.CloseAsync();
        return context;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts.Values.Where(c => c.IsValueCreated))
        {
            await (await context.Value).DisposeAsync();
        }
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}

/// <summary>The fault matrix runs on its own portal, alone (not beside the other journeys: both would share two cores).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultMatrixCollection : ICollectionFixture<FaultMatrixFixture>
{
    public const string Name = "fault-matrix";
}
