using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Audit;
using Portal.Features.Customers.Profile;
using Portal.Sandbox;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Drivly;

namespace Portal.IntegrationTests.Customers.Profile;

/// <summary>Opening the page: scoping, the view audit, live reads with their failures, reveals.</summary>
public sealed class ProfileReadTests(ProfilePortal portal) : IClassFixture<ProfilePortal>
{
    [Fact]
    public async Task Open_PersonOfTheManagersDealership_IsShownAndTheViewAudited()
    {
        var (source, personId) = await DrivlyPersonAsync();

        var profile = await portal.ProfilesAsManagerAsync(p => p.OpenAsync(personId));

        Assert.NotNull(profile);
        Assert.Equal("Demo Motors", profile.DealershipName);
        Assert.True(profile.CanReveal);
        Assert.Contains(await portal.AuditAsync(source), e => e.Action == AuditActions.CustomerViewed && e.Detail == $"person {personId}, 1 records");
    }

    [Fact]
    public async Task Open_TamperedOrUnknownId_IsNotFoundForAManagerOfAnotherDealership()
    {
        var (_, personId) = await DrivlyPersonAsync();
        var other = await PortalData.DealershipAsync(portal.Factory, "Other Motors " + Guid.NewGuid().ToString("N")[..6]);
        var outsider = new UserContext("x", "Outsider", new HashSet<string> { PortalRoles.DealerManager }, [other]);
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var service = ActivatorUtilities.CreateInstance<CustomerProfileService>(scope.ServiceProvider, new FixedUser(outsider));

        Assert.Null(await service.OpenAsync(personId));
        Assert.Null(await portal.ProfilesAsManagerAsync(p => p.OpenAsync(long.MaxValue)));
    }

    [Fact]
    public async Task ReadLive_VendorFails_SaysWhichVendorAndWhy()
    {
        var (_, personId) = await DrivlyPersonAsync();
        var profile = await portal.ProfilesAsManagerAsync(p => p.OpenAsync(personId)) ?? throw new InvalidOperationException("not found");
        await portal.Sandbox.SetFaultsAsync("drivly", new FaultSettings { ExpireCredentials = true });
        try
        {
            var read = await portal.ProfilesAsManagerAsync(p => p.ReadLiveAsync(profile.Records[0]));

            Assert.False(read.Succeeded);
            Assert.Contains("Drivly", read.Problem);
            Assert.Contains("credentials rejected", read.Problem);
        }
        finally
        {
            await portal.Sandbox.ClearFaultsAsync("drivly");
        }
    }

    [Theory]
    [InlineData("malformed", "returned data the portal could not read")]
    [InlineData("429", "rate limited, retry after 1 s")]
    [InlineData("503", "server error (HTTP 503)")]
    [InlineData("hang", "timed out")]
    public async Task ReadLive_EachFailureKind_IsNamed(string fault, string expected)
    {
        var (_, personId) = await DrivlyPersonAsync();
        var profile = await portal.ProfilesAsManagerAsync(p => p.OpenAsync(personId)) ?? throw new InvalidOperationException("not found");
        await portal.Sandbox.SetFaultsAsync("drivly", fault switch
        {
            "malformed" => new FaultSettings { MalformedRate = 1 },
            "429" => new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 1 },
            "503" => new FaultSettings { ErrorRate = 1, ErrorStatus = 503 },
            _ => new FaultSettings { HangRate = 1 },
        });
        try
        {
            var read = await portal.ProfilesAsManagerAsync(p => p.ReadLiveAsync(profile.Records[0]));

            Assert.StartsWith("Drivly", read.Problem);
            Assert.Contains(expected, read.Problem, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await portal.Sandbox.ClearFaultsAsync("drivly");
        }
    }

    [Fact]
    public async Task ReadLive_Succeeds_SensitiveValuesAreMasked_RevealIsAuditedWithTheReason()
    {
        var (source, personId) = await DrivlyPersonAsync(withSensitive: true);
        var profile = await portal.ProfilesAsManagerAsync(p => p.OpenAsync(personId)) ?? throw new InvalidOperationException("not found");

        var read = await portal.ProfilesAsManagerAsync(p => p.ReadLiveAsync(profile.Records[0]));
        var clear = await portal.ProfilesAsManagerAsync(p => p.RevealAsync(source, "Identity check at the desk"));

        Assert.True(read.Succeeded, read.Problem);
        Assert.Null(read.Record?.Sensitive);
        var ssn = Assert.Single(clear, i => i.Label == "SSN").Value ?? "";
        Assert.DoesNotContain(read.Sensitive, i => i.Value == ssn);
        var entry = Assert.Single(await portal.AuditAsync(source), e => e.Action == AuditActions.CustomerPiiRevealed);
        Assert.Equal("Identity check at the desk", entry.Reason);
    }

    [Fact]
    public async Task Reveal_RoleNotConfigured_IsRefusedOnTheServer()
    {
        var (source, _) = await DrivlyPersonAsync(withSensitive: true);
        var options = Microsoft.Extensions.Options.Options.Create(new CustomerProfileOptions { RevealRoles = [PortalRoles.Compliance] });
        await using var scope = await portal.Factory.ActAsAsync(ProfilePortal.Manager);
        var service = ActivatorUtilities.CreateInstance<CustomerProfileService>(scope.ServiceProvider, options);

        await Assert.ThrowsAsync<AccessDeniedException>(() => service.RevealAsync(source, "curious"));
        Assert.DoesNotContain(await portal.AuditAsync(source), e => e.Action == AuditActions.CustomerPiiRevealed);
    }

    private async Task<(Portal.Vendors.Model.SourceRef Source, long PersonId)> DrivlyPersonAsync(bool withSensitive = false)
    {
        var client = await portal.Sandbox.ClientAsync<IDrivlyClient>(VendorKind.Drivly);
        var page = await client.ListCustomersAsync(new DrivlyQuery { Limit = 50 });
        var customer = page.Items.Where(c => !withSensitive || !string.IsNullOrEmpty(c.ConsumerSocialSecurity)).ElementAt(portal.Take() % 10);
        var record = DrivlyMapper.ToCustomer(customer, client.Connection.Id);
        return (record.Source, await portal.IndexAsync(record));
    }

    private sealed class FixedUser(UserContext user) : ICurrentUser
    {
        public Task<UserContext> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(user);
    }
}
