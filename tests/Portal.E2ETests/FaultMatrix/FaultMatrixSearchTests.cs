using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.E2ETests.Pages;
using Portal.Features.Audit;
using Portal.Features.Customers.Search.Live;
using Portal.Sandbox.People;
using Portal.Vendors;

namespace Portal.E2ETests.FaultMatrix;

/// <summary>
/// Live vendor search with one searchable vendor failing in each way: that vendor is named with the reason, the
/// others still answer, nothing is written, the search is audited with the failed source, and nothing hangs.
/// </summary>
[Collection(FaultMatrixCollection.Name)]
public sealed class FaultMatrixSearchTests(FaultMatrixFixture fixture) : IAsyncLifetime
{
    private const string User = "manager@sandbox.local";
    private SandboxPerson _person = null!;
    private IReadOnlyList<VendorKind> _searchable = [];

    public static TheoryData<string, string> Cases => FaultCase.Matrix("drivly", "guardant", "walcu");

    public async Task InitializeAsync()
    {
        await fixture.IndexedAsync();
        var population = fixture.Portal.Services.GetRequiredService<SandboxPopulation>();
        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        _searchable = scope.ServiceProvider.GetRequiredService<IEnumerable<ILiveSearchSource>>().Select(s => s.Vendor).Order().ToList();
        _person = Enumerable.Range(0, population.Size).Select(population.Person)
            .First(p => population.Holds(p.Index, SandboxVendor.Walcu)
                && Enumerable.Range(0, population.Size).Count(i => population.Person(i).LastName == p.LastName) == 1);
    }

    public Task DisposeAsync() => fixture.ResetAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task LiveSearch_OneVendorFails_NamedWithReason_OthersAnswer_NothingWritten(string vendor, string fault)
    {
        var failing = FaultMatrixFixture.Kind(vendor);
        await fixture.FaultCaseAsync(User, "search", vendor, fault, async (page, @case, audited) =>
        {
            var search = new CustomerSearchPage(page);
            await search.OpenAsync("?q=" + Uri.EscapeDataString(_person.LastName));
            var watch = Stopwatch.StartNew();
            await search.LiveButton.ClickAsync();

            var name = FaultMatrixFixture.ConnectionName(failing);
            await Assertions.Expect(search.LiveProblem(name)).ToHaveTextAsync($"{name} could not be searched: {@case.Reason}.");
            foreach (var other in _searchable.Where(v => v != failing))
            {
                await Assertions.Expect(search.LiveFound(FaultMatrixFixture.ConnectionName(other))).ToBeVisibleAsync();
            }
            FaultMatrixFixture.AssertSettled(watch, "The live search");
            if (failing != VendorKind.Walcu)
            {
                await Assertions.Expect(search.LiveAnswer(FaultMatrixFixture.ConnectionName(VendorKind.Walcu))).ToContainTextAsync(_person.LastName);
            }
            if (vendor == "guardant" && fault == "429")
            {
                await BrowserFixture.ScreenshotAsync(page, "fault-matrix-search-guardant-429");
            }

            Assert.Empty(await fixture.WritesAsync());
            var entry = await fixture.AuditAfterAsync(audited, AuditActions.CustomerSearched, "live;");
            Assert.NotNull(entry);
            Assert.Contains($"{failing}:failed", entry.Detail);
            Assert.All(_searchable.Where(v => v != failing), other => Assert.Contains($"{other}:ok", entry.Detail));
        });
    }
}
