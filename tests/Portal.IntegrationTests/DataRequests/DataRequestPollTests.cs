using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers;
using Portal.Features.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using Portal.Vendors;
using Portal.Vendors.Model;
using Xunit.Abstractions;
using static Portal.IntegrationTests.DataRequests.DataRequestHarness;

namespace Portal.IntegrationTests.DataRequests;

/// <summary>The on-demand refresh reads every open myKaarma request into the queue, and indexes its customer for linking.</summary>
public sealed class DataRequestPollTests(DataRequestHarness harness, ITestOutputHelper output) : IClassFixture<DataRequestHarness>
{
    [Fact]
    public async Task Refresh_ReadsOpenRequests_QueueOldestFirstPendingByDefault_ItemsLinkedToPerson()
    {
        var request = await MyKaarmaSandboxRequests.CreateAsync(harness.Sandbox, MyKaarmaSandboxRequests.Riley, (PendingIncome, Pending), ("DRIVERS_LICENSE", "REQUESTED"));
        var watch = Stopwatch.StartNew();

        var result = await harness.Factory.AsAsync<DataRequestQueueService, PollResult>(Compliance, s => s.RefreshAsync());

        output.WriteLine($"First refresh read {result.Requests} requests, {result.Items} items, {result.Failures} failures in {watch.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        var again = await harness.Factory.AsAsync<DataRequestQueueService, PollResult>(Compliance, s => s.RefreshAsync());
        output.WriteLine($"Second refresh (nothing changed) read {again.Requests} requests in {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(0, result.Failures);
        var queue = await harness.Factory.AsAsync<DataRequestQueueService, QueueView>(Compliance, s => s.QueueAsync(new QueueFilter()));
        Assert.All(queue.Rows, r => Assert.Equal(Pending, r.Status));
        Assert.Equal(queue.Rows.OrderBy(r => r.RequestedUtc).Select(r => r.Id), queue.Rows.Select(r => r.Id));
        Assert.True(queue.StatusCounts.GetValueOrDefault("REQUESTED") >= 1);
        await using var db = await harness.DbAsync();
        var rows = await db.Set<DataRequestRow>().Where(r => r.RequestUuid == request.RequestUuid).OrderBy(r => r.Type).ToListAsync();
        Assert.Equal(["DRIVERS_LICENSE", PendingIncome], rows.Select(r => r.Type));
        Assert.Contains(queue.Rows, r => r.Id == rows[1].Id);
        var connection = await harness.ConnectionAsync();
        var admin = new Portal.Security.UserContext("test", "test", new HashSet<string> { Portal.Security.PortalRoles.Admin }, []);
        var person = await harness.Factory.Services.GetRequiredService<ICustomerDirectory>()
            .PersonOfAsync(admin, new SourceRef(VendorKind.MyKaarma, connection.Connection.Id, rows[0].CustomerExternalId ?? ""));
        Assert.NotNull(person);
        var detail = await harness.Factory.AsAsync<DataRequestItemService, ItemDetail?>(AdminUser, s => s.DetailAsync(rows[1].Id));
        Assert.Equal(person, detail?.PersonId);
    }
}
