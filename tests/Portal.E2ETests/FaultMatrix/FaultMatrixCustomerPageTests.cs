using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.E2ETests.Pages;
using Portal.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Sandbox.People;
using Portal.Vendors;

namespace Portal.E2ETests.FaultMatrix;

/// <summary>
/// The customer page with one vendor failing in each way: that source's panel names the vendor and the reason while
/// the other panels still show their live data; nothing is written; the page settles within the vendor timeout. A save
/// while the owning vendor fails says not saved, keeps the user's value, writes nothing and is audited as failed.
/// </summary>
[Collection(FaultMatrixCollection.Name)]
public sealed class FaultMatrixCustomerPageTests(FaultMatrixFixture fixture) : IAsyncLifetime
{
    private const string User = "manager@sandbox.local";
    private static readonly Dictionary<VendorKind, string> WriteMethods = new()
    {
        [VendorKind.Drivly] = "PATCH", [VendorKind.Guardant] = "PUT", [VendorKind.Walcu] = "PATCH",
    };

    public static TheoryData<string, string> ReadCases => FaultCase.Matrix("drivly", "mykaarma", "cova", "walcu", "guardant");

    public static TheoryData<string, string> SaveCases => FaultCase.Matrix("walcu", "drivly", "guardant");

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        await fixture.OnceAsync("index", () => SandboxIndex.FillAsync(fixture.Portal));
    }

    public Task DisposeAsync() => fixture.ResetAsync();

    [Theory]
    [MemberData(nameof(ReadCases))]
    public async Task CustomerPage_OneSourceFails_PanelNamesReason_OthersLive_NothingWritten(string vendor, string fault)
    {
        var failing = FaultMatrixFixture.Kind(vendor);
        var (personId, holders) = await SubjectAsync(failing);
        var @case = FaultCase.Named(fault);
        var audited = await fixture.AuditSequenceAsync();
        await fixture.FailAsync(vendor, @case.Settings);
        var page = await fixture.PageAsAsync(User);
        try
        {
            var watch = Stopwatch.StartNew();
            await page.GotoAsync($"customers/{personId}");
            var customer = new CustomerProfilePage(page);

            var name = failing.DisplayName();
            await Assertions.Expect(customer.Status(name)).ToContainTextAsync("Live read failed");
            await Assertions.Expect(customer.Status(name)).ToContainTextAsync($"{name}: {@case.Reason}");
            foreach (var other in holders.Where(v => v != failing))
            {
                await Assertions.Expect(customer.Status(other.DisplayName())).Not.ToContainTextAsync("Reading live");
                await Assertions.Expect(customer.Status(other.DisplayName())).Not.ToContainTextAsync("Live read failed");
            }
            Assert.True(watch.Elapsed < FaultMatrixFixture.VendorTimeout + FaultMatrixFixture.Margin, $"The page took {watch.Elapsed} to settle.");
            if (vendor == "walcu" && fault == "expired")
            {
                await BrowserFixture.ScreenshotAsync(page, "fault-matrix-customer-walcu-expired");
            }

            Assert.Empty(await fixture.WritesAsync());
            Assert.NotNull(await fixture.AuditAfterAsync(audited, AuditActions.CustomerViewed));
        }
        catch (PlaywrightException)
        {
            await BrowserFixture.ScreenshotAsync(page, $"fault-matrix-customer-{vendor}-{fault}-failed");
            throw;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(SaveCases))]
    public async Task CustomerPage_SaveWhileOwnerFails_SaysNotSaved_KeepsEdit_NothingWritten(string vendor, string fault)
    {
        var owner = FaultMatrixFixture.Kind(vendor);
        var (personId, _) = await SubjectAsync(owner);
        var @case = FaultCase.Named(fault);
        await fixture.ResetAsync();
        var page = await fixture.PageAsAsync(User);
        try
        {
            await page.GotoAsync($"customers/{personId}");
            var customer = new CustomerProfilePage(page);
            var name = owner.DisplayName();
            await Assertions.Expect(customer.Live(name)).ToBeVisibleAsync();
            var audited = await fixture.AuditSequenceAsync();
            await fixture.Sandbox.SetFaultsAsync(vendor, @case.On(WriteMethods[owner]));
            var email = $"fault.{fault}.{vendor}@example.com";

            var watch = Stopwatch.StartNew();
            await customer.EditFieldAsync(name, "Email", email);

            await Assertions.Expect(customer.EditorAlert(name)).ToContainTextAsync("Not saved");
            await Assertions.Expect(customer.EditorAlert(name)).ToContainTextAsync(SaveReason(owner, @case));
            Assert.True(watch.Elapsed < 2 * FaultMatrixFixture.VendorTimeout + FaultMatrixFixture.Margin, $"The save took {watch.Elapsed}.");
            await Assertions.Expect(customer.Editor(name).GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(email);
            if (vendor == "walcu" && fault == "500")
            {
                // The page scrolls inside its layout: the panel itself shows the message and the kept value together.
                await customer.Panel(name).ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "fault-matrix-customer-save-walcu-500.png") });
            }

            var entry = await fixture.AuditAfterAsync(audited, AuditActions.CustomerUpdated);
            Assert.NotNull(entry);
            Assert.Equal(AuditOutcome.Failed, entry.Outcome);
            await fixture.Sandbox.ClearFaultsAsync(vendor);
            await page.ReloadAsync();
            await Assertions.Expect(customer.Live(name)).ToBeVisibleAsync();
            await Assertions.Expect(customer.Panel(name)).Not.ToContainTextAsync(email);
        }
        catch (PlaywrightException)
        {
            await BrowserFixture.ScreenshotAsync(page, $"fault-matrix-save-{vendor}-{fault}-failed");
            throw;
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    // A write with no answer (timeout, dropped) is settled by re-reading: the page says so rather than guessing.
    private static string SaveReason(VendorKind owner, FaultCase @case) => @case.Name is "timeout" or "dropped"
        ? $"{owner.DisplayName()} did not answer and re-reading shows the write was not applied"
        : $"{owner.DisplayName()}: {@case.Reason}";

    /// <summary>
    /// The person whose page a case opens: held by this vendor and by as many others as possible (fewest variations
    /// between vendors first). Their person id in the index and the vendors holding them.
    /// </summary>
    private async Task<(long PersonId, IReadOnlyList<VendorKind> Holders)> SubjectAsync(VendorKind vendor)
    {
        var population = fixture.Portal.Services.GetRequiredService<SandboxPopulation>();
        var held = Enum.Parse<SandboxVendor>(vendor.ToString());
        var person = Enumerable.Range(0, population.Size).Select(population.Person)
            .Where(p => population.Holds(p.Index, held))
            .OrderByDescending(p => population.VendorsOf(p.Index).Count)
            .ThenBy(p => population.VendorsOf(p.Index).Sum(v => population.View(p, v)?.Variations.Count ?? 0))
            .ThenBy(p => p.Index)
            .First();
        var view = population.View(person, held) ?? throw new InvalidOperationException($"No {vendor} view of person {person.Index}.");
        var connection = await fixture.Sandbox.ConnectionAsync(vendor);
        var source = PopulationRecords.Record(population.Seed, person, view, connection.Id).Source.ToString();
        var dbFactory = fixture.Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var personId = await db.Set<IndexedCustomer>().Where(c => c.SourceRef == source).Select(c => c.PersonId).SingleAsync();
        return (personId, population.VendorsOf(person.Index).Select(v => Enum.Parse<VendorKind>(v.ToString())).ToList());
    }
}
