using System.Net;
using Portal.Features.Audit;
using Portal.IntegrationTests.Audit;

namespace Portal.IntegrationTests.Orders;

/// <summary>GET /orders/export: the filter's orders as CSV, recorded in the audit log, refused to other roles.</summary>
public sealed class OrdersExportTests(OrdersPortal portal) : IClassFixture<OrdersPortal>
{
    [Fact]
    public async Task Export_Revoked_IsCsvOfRevokedOrdersOnly_AndAudited()
    {
        using var response = await ExportAsync(OrdersPortal.Manager, "?status=Revoked&sort=Number&dir=asc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Source,Connection,Id,Number,Customer", lines[0]);
        Assert.True(lines.Length > 10, "The sandbox has revoked orders.");
        Assert.All(lines.Skip(1), l => Assert.Contains(",Revoked,", l));
        var entry = Assert.Single(await AuditEntries.WhereAsync(portal.Factory, e => e.Action == AuditActions.OrdersExported));
        Assert.Equal("Morgan Manager", entry.ActorName);
        Assert.Contains("status Revoked", entry.Detail);
    }

    [Fact]
    public async Task Export_Auditor_IsRefused()
    {
        using var response = await ExportAsync("auditor@sandbox.local", "");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Export_BadFilter_Is400()
    {
        using var response = await ExportAsync(OrdersPortal.Manager, "?status=99");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> ExportAsync(string email, string query)
    {
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, email, PortalAppFactory.DemoPassword);
        return await client.GetAsync("orders/export" + query);
    }
}
