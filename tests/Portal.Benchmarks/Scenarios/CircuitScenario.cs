using System.Diagnostics;
using Microsoft.Playwright;
using Portal.Sandbox.People;

namespace Portal.Benchmarks.Scenarios;

/// <summary>
/// Circuits: N signed-in Chromium pages idle on /customers; the portal's managed heap after a full GC, before and
/// after, divided by N (the portal runs in this process, so the figure also holds Playwright's small per-page client
/// objects). Then the first pages all type queries at once: time from typing to the person's row shown (the page's
/// 250 ms typing debounce included). Targets: ≤ 400 KB per circuit; p95 ≤ 150 ms.
/// </summary>
public sealed class CircuitScenario : IBenchScenario
{
    public string Name => "circuits";

    public async Task RunAsync(BenchContext context)
    {
        using var database = await IndexDatabase.PrepareAsync(context, context.Sizes.LiveRecords);
        using var portal = database.Portal();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(ChromiumLaunch.Options);
        var session = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.RootUri.ToString() });
        session.SetDefaultTimeout(120_000);
        await OpenSearchAsync(await SignInAsync(session)); // circuit 0 warms the page up; not counted

        var idle = context.Sizes.IdleCircuits;
        var before = ServerHeap();
        var pages = new List<IPage>();
        var watch = Stopwatch.StartNew();
        foreach (var batch in Enumerable.Range(0, idle).Chunk(10))
        {
            pages.AddRange(await Task.WhenAll(batch.Select(async _ => await OpenSearchAsync(await session.NewPageAsync()))));
        }
        context.Log($"  opened {idle} search pages in {watch.Elapsed.TotalSeconds:0.0} s");
        await Task.Delay(TimeSpan.FromSeconds(2));
        var after = ServerHeap();
        context.Add(Name, "server memory per idle circuit (managed heap after GC)", (after - before) / 1024.0 / idle, "KB",
            $"{idle} pages", BenchTarget.Max(400));

        var active = pages.Take(context.Sizes.ActivePages).ToList();
        var names = Names(database, active.Count * context.Sizes.QueriesPerActivePage);
        var timings = await Task.WhenAll(active.Select((page, p) => TypeAndWaitAsync(page, names.Skip(p * context.Sizes.QueriesPerActivePage).Take(context.Sizes.QueriesPerActivePage))));
        var all = timings.SelectMany(t => t).ToList();
        var size = $"{active.Count} active pages × {context.Sizes.QueriesPerActivePage} queries, {database.Records:N0} records";
        context.Add(Name, "type → results p50", Stats.Percentile(all, 50), "ms", size);
        context.Add(Name, "type → results p95", Stats.Percentile(all, 95), "ms", size, BenchTarget.Max(150));
        await session.CloseAsync();
    }

    private static async Task<IPage> SignInAsync(IBrowserContext session)
    {
        var page = await session.NewPageAsync();
        await page.GotoAsync("account/signin");
        await page.GetByLabel("Email").FillAsync(IndexSearchScenario.Manager);
        await page.GetByLabel("Password").FillAsync(PortalAppFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("signin", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    private static async Task<IPage> OpenSearchAsync(IPage page)
    {
        await page.GotoAsync("customers");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined && !document.querySelector('#customer-search').disabled");
        return page;
    }

    /// <summary>Types each surname into the search box and waits for a row holding it; the times in ms.</summary>
    private static async Task<List<double>> TypeAndWaitAsync(IPage page, IEnumerable<string> surnames)
    {
        var box = page.GetByLabel("Search customers");
        var grid = page.GetByRole(AriaRole.Grid, new() { Name = "Customers found" });
        var times = new List<double>();
        foreach (var surname in surnames)
        {
            var watch = Stopwatch.StartNew();
            await box.FillAsync(surname);
            await grid.GetByRole(AriaRole.Row).Filter(new() { HasText = surname }).First.WaitForAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>Surnames as indexed (of records without a company), each differing from the one before.</summary>
    private static List<string> Names(IndexDatabase database, int count)
    {
        var population = new SandboxPopulation(BenchSizes.Seed, database.People);
        var random = new Random(7);
        var names = new List<string>();
        while (names.Count < count)
        {
            var record = PopulationRecords.Of(population, random.Next(IndexSearchScenario.LoadedPeople(database))).First();
            if (record.CompanyName is null && record.LastName is { Length: >= 3 } last && (names.Count == 0 || !names[^1].Contains(last) && !last.Contains(names[^1])))
            {
                names.Add(last);
            }
        }
        return names;
    }

    private static long ServerHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
