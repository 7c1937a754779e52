using Portal.Features.Admin;
using Portal.Features.Admin.Dealerships;
using Portal.Hosting;

namespace Portal.IntegrationTests.Admin;

public sealed class DealershipAdminTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string Admin = "admin@sandbox.local";

    [Fact]
    public async Task Create_ThenRenameAndMove_ListShowsTheChange()
    {
        var id = await portal.Factory.AsAsync<DealershipAdminService, int>(Admin,
            s => s.CreateAsync(new DealershipInput { Name = "North Motors", TimeZoneId = "America/Chicago" }));

        await portal.Factory.AsAsync<DealershipAdminService>(Admin,
            s => s.UpdateAsync(id, new DealershipInput { Name = "North Motors Duluth", TimeZoneId = "America/New_York" }));

        var row = (await ListAsync()).Single(d => d.Id == id);
        Assert.Equal(("North Motors Duluth", "America/New_York"), (row.Name, row.TimeZoneId));
        Assert.Empty(row.Users);
    }

    [Fact]
    public async Task Create_NameTakenInAnotherCase_IsRefused()
    {
        var error = await Assert.ThrowsAsync<AdminRuleException>(() => portal.Factory.AsAsync<DealershipAdminService>(Admin,
            s => s.CreateAsync(new DealershipInput { Name = SandboxDemoAccounts.DealershipName.ToUpperInvariant() })));

        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public async Task Create_UnknownTimeZone_IsRefusedOnTheServer()
    {
        await Assert.ThrowsAsync<AdminRuleException>(() => portal.Factory.AsAsync<DealershipAdminService>(Admin,
            s => s.CreateAsync(new DealershipInput { Name = "Nowhere Motors", TimeZoneId = "Mars/Olympus_Mons" })));
    }

    [Fact]
    public async Task List_DemoDealership_ShowsItsUsers()
    {
        var demo = (await ListAsync()).Single(d => d.Name == SandboxDemoAccounts.DealershipName);

        Assert.Contains("Morgan Manager", demo.Users);
    }

    private Task<IReadOnlyList<DealershipRow>> ListAsync() =>
        portal.Factory.AsAsync<DealershipAdminService, IReadOnlyList<DealershipRow>>(Admin, s => s.ListAsync());
}
