using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers;
using Portal.Features.Customers.Search;
using Portal.Features.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;
using static Portal.IntegrationTests.DataRequests.DataRequestHarness;

namespace Portal.IntegrationTests.DataRequests;

/// <summary>Customer search's "has open data requests" filter follows the data-request queue.</summary>
public sealed class OpenRequestsSearchFilterTests(DataRequestHarness harness) : IClassFixture<DataRequestHarness>
{
    [Fact]
    public async Task Search_OpenRequestsOnly_KeepsPeopleWithAnOpenItemAndDropsThoseWithoutOne()
    {
        await MyKaarmaSandboxRequests.CreateAsync(harness.Sandbox, MyKaarmaSandboxRequests.Riley, (PendingIncome, Pending));
        await harness.Factory.AsAsync<DataRequestQueueService, PollResult>(Compliance, s => s.RefreshAsync());
        await using var db = await harness.DbAsync();
        var customers = await db.Set<DataRequestRow>().Select(r => new { r.ConnectionId, r.CustomerExternalId }).Distinct().ToListAsync();
        Assert.True(customers.Count >= 2, "the sandbox should hold open requests for several customers");
        var closed = customers[^1];
        await db.Set<DataRequestRow>().Where(r => r.ConnectionId == closed.ConnectionId && r.CustomerExternalId == closed.CustomerExternalId)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, "COMPLETED"));
        var admin = new UserContext("test", "test", new HashSet<string> { PortalRoles.Admin }, []);
        var closedPerson = await harness.Factory.Services.GetRequiredService<ICustomerDirectory>()
            .PersonOfAsync(admin, new SourceRef(VendorKind.MyKaarma, closed.ConnectionId, closed.CustomerExternalId ?? ""));

        var all = await SearchAsync(openOnly: false);
        var open = await SearchAsync(openOnly: true);

        Assert.NotNull(closedPerson);
        Assert.Contains(closedPerson.Value, all);
        Assert.DoesNotContain(closedPerson.Value, open);
        Assert.NotEmpty(open);
        Assert.Subset(all.ToHashSet(), open.ToHashSet());
    }

    private Task<List<long>> SearchAsync(bool openOnly) =>
        harness.Factory.AsAsync<CustomerSearchService, List<long>>(AdminUser, async s =>
            (await s.SearchAsync(new CustomerSearchRequest { OpenDataRequestsOnly = openOnly, PageSize = CustomerSearchRequest.MaxPageSize }))
                .Rows.Select(r => r.PersonId).ToList());
}
