using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Audit;
using Portal.Features.Customers.Search.Live;
using Portal.Sandbox;
using Portal.Sandbox.People;
using Portal.Security;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Search;

/// <summary>The live fan-out against the sandbox emulators over loopback, with faults injected into one vendor.</summary>
public sealed class LiveVendorSearchTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private readonly SandboxControl _sandbox = new(portal.Factory);
    private readonly RecordingAuditLog _audit = new();

    [Fact]
    public async Task Search_OneVendorFails_ItIsNamedWhileTheOthersAnswer()
    {
        var person = await SomeoneHeldByAsync(SandboxVendor.Drivly);
        await _sandbox.SetFaultsAsync("guardant", new FaultSettings { ErrorRate = 1, ErrorStatus = 503 });
        try
        {
            var answers = await SearchAsync(Admin, person.LastName);

            var guardant = Assert.Single(answers, a => a.Vendor == VendorKind.Guardant);
            Assert.False(guardant.Succeeded);
            Assert.NotNull(guardant.Problem);
            var drivly = Assert.Single(answers, a => a.Vendor == VendorKind.Drivly);
            Assert.True(drivly.Succeeded, drivly.Problem);
            Assert.Contains(drivly.Customers, c => c.DisplayName.Contains(person.LastName, StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            await _sandbox.ClearFaultsAsync("guardant");
        }
    }

    [Fact]
    public async Task Search_VendorHangs_TimesOutAlone()
    {
        var person = await SomeoneHeldByAsync(SandboxVendor.Guardant);
        await _sandbox.SetFaultsAsync("drivly", new FaultSettings { HangRate = 1 });
        try
        {
            var answers = await SearchAsync(Admin, person.LastName);

            Assert.False(Assert.Single(answers, a => a.Vendor == VendorKind.Drivly).Succeeded);
            Assert.True(Assert.Single(answers, a => a.Vendor == VendorKind.Guardant).Succeeded);
        }
        finally
        {
            await _sandbox.ClearFaultsAsync("drivly");
        }
    }

    [Fact]
    public async Task Search_GuardantById_FindsTheCustomer()
    {
        var person = await SomeoneHeldByAsync(SandboxVendor.Guardant, from: 100);
        var id = (person.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var answers = await SearchAsync(Admin, id);

        Assert.Contains(Assert.Single(answers, a => a.Vendor == VendorKind.Guardant).Customers, c => c.Source.ExternalId == id);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("ada\u0000lovelace")]
    [InlineData("line\nbreak")]
    public void Query_ShortOrWithControlCharacters_IsRefusedBeforeAnyVendorIsAsked(string text) =>
        Assert.False(LiveQuery.TryCreate(text, out _, out _));

    [Fact]
    public async Task Search_TamperedDealership_AsksNobody()
    {
        var manager = new UserContext("m", "Manager", new HashSet<string> { PortalRoles.DealerManager }, [424242]);

        Assert.Empty(await SearchAsync(manager, "smith", dealershipId: 1));
        Assert.Empty(await SearchAsync(manager, "smith"));
    }

    [Fact]
    public async Task Search_IsAudited_WithKindLengthAndCountButNotTheText()
    {
        var person = await SomeoneHeldByAsync(SandboxVendor.Drivly);

        await SearchAsync(Admin, person.Email);

        var entry = Assert.Single(_audit.Events);
        Assert.Equal(AuditActions.CustomerSearched, entry.Action);
        Assert.Contains("kind=Email", entry.Detail);
        Assert.Contains($"length={person.Email.Length}", entry.Detail);
        Assert.DoesNotContain(person.Email, entry.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.Email.Split('@')[0], entry.Detail, StringComparison.OrdinalIgnoreCase);
    }

    private static UserContext Admin { get; } = new("admin", "Admin", new HashSet<string> { PortalRoles.Admin }, []);

    private async Task<List<LiveSourceAnswer>> SearchAsync(UserContext user, string text, int? dealershipId = null)
    {
        Assert.True(LiveQuery.TryCreate(text, out var query, out var problem), problem);
        var service = ActivatorUtilities.CreateInstance<LiveVendorSearchService>(portal.Factory.Services, new FixedUser(user), _audit);
        var answers = new List<LiveSourceAnswer>();
        await foreach (var answer in service.SearchAsync(query, dealershipId))
        {
            answers.Add(answer);
        }
        return answers;
    }

    private Task<SandboxPerson> SomeoneHeldByAsync(SandboxVendor vendor, int from = 0)
    {
        _ = portal.Factory.RootUri;
        var population = portal.Factory.Services.GetRequiredService<SandboxPopulation>();
        var index = Enumerable.Range(from, population.Size - from).First(i => population.Holds(i, vendor) && population.View(i, vendor) is { Email: not null } v
            && !v.Variations.Any());
        return Task.FromResult(population.Person(index));
    }

    private sealed class FixedUser(UserContext user) : ICurrentUser
    {
        public Task<UserContext> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(user);
    }

    private sealed class RecordingAuditLog : IAuditLog
    {
        public List<AuditEvent> Events { get; } = [];

        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
        {
            Events.Add(auditEvent);
            return Task.CompletedTask;
        }
    }
}
