using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.E2ETests.Pages;
using Portal.Features.Audit;
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

    // How each editable vendor writes a customer: the save cases fail only that method, so reads still answer.
    private static string WriteMethod(VendorKind vendor) => vendor == VendorKind.Guardant ? "PUT" : "PATCH";

    public static TheoryData<string, string> ReadCases => FaultCase.Matrix("drivly", "mykaarma", "cova", "walcu", "guardant");

    public static TheoryData<string, string> SaveCases => FaultCase.Matrix("walcu", "drivly", "guardant");

    public Task InitializeAsync() => fixture.IndexedAsync();

    public Task DisposeAsync() => fixture.ResetAsync();

    [Theory]
    [MemberData(nameof(ReadCases))]
    public async Task CustomerPage_OneSourceFails_PanelNamesReason_OthersLive_NothingWritten(string vendor, string fault)
    {
        var failing = FaultMatrixFixture.Kind(vendor);
        var (personId, holders) = await SubjectAsync(failing);
        await fixture.FaultCaseAsync(User, "customer", vendor, fault, async (page, @case, audited) =>
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
            FaultMatrixFixture.AssertSettled(watch, "The customer page");
            if (vendor == "walcu" && fault == "expired")
            {
                await BrowserFixture.ScreenshotAsync(page, "fault-matrix-customer-walcu-expired");
            }

            Assert.Empty(await fixture.WritesAsync());
            Assert.NotNull(await fixture.AuditAfterAsync(audited, AuditActions.CustomerViewed));
        });
    }

    [Theory]
    [MemberData(nameof(SaveCases))]
    public async Task CustomerPage_SaveWhileOwnerFails_SaysNotSaved_KeepsEdit_NothingWritten(string vendor, string fault)
    {
        var owner = FaultMatrixFixture.Kind(vendor);
        var (personId, _) = await SubjectAsync(owner);
        var @case = FaultCase.Named(fault);
        await fixture.ResetAsync();
        await fixture.InTabAsync(User, $"save-{vendor}-{fault}", async page =>
        {
            await page.GotoAsync($"customers/{personId}");
            var customer = new CustomerProfilePage(page);
            var name = owner.DisplayName();
            await Assertions.Expect(customer.Live(name)).ToBeVisibleAsync();
            var audited = await fixture.AuditSequenceAsync();
            await fixture.Sandbox.SetFaultsAsync(vendor, @case.On(WriteMethod(owner)));
            var email = $"fault.{fault}.{vendor}@example.com";

            var watch = Stopwatch.StartNew();
            await customer.EditFieldAsync(name, "Email", email);

            await Assertions.Expect(customer.EditorAlert(name)).ToContainTextAsync("Not saved");
            await Assertions.Expect(customer.EditorAlert(name)).ToContainTextAsync(SaveReason(owner, @case));
            FaultMatrixFixture.AssertSettled(watch, "The save", callsInARow: 2); // the write, then the re-read that settles no answer
            await Assertions.Expect(customer.Editor(name).GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(email);
            if (vendor == "walcu" && fault == "500")
            {
                // The page scrolls inside its layout: a tall viewport shows the whole panel, the kept value and the message together.
                await page.SetViewportSizeAsync(1366, 1800);
                await customer.Panel(name).ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "fault-matrix-customer-save-walcu-500.png") });
            }

            var entry = await fixture.AuditAfterAsync(audited, AuditActions.CustomerUpdated);
            Assert.NotNull(entry);
            Assert.Equal(AuditOutcome.Failed, entry.Outcome);
            await fixture.Sandbox.ClearFaultsAsync(vendor);
            await page.ReloadAsync();
            await Assertions.Expect(customer.Live(name)).ToBeVisibleAsync();
            await Assertions.Expect(customer.Panel(name)).Not.ToContainTextAsync(email);
        });
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
        var personId = await fixture.QueryAsync(db => db.Set<IndexedCustomer>().Where(c => c.SourceRef == source).Select(c => c.PersonId).SingleAsync());
        return (personId, population.VendorsOf(person.Index).Select(v => Enum.Parse<VendorKind>(v.ToString())).ToList());
    }
}
