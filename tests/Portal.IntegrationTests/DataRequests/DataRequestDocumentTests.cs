using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Features.Audit;
using Portal.Features.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using static Portal.IntegrationTests.DataRequests.DataRequestHarness;

namespace Portal.IntegrationTests.DataRequests;

/// <summary>The document is fetched through the portal for authorised users only, and every look is audited.</summary>
public sealed class DataRequestDocumentTests(DataRequestHarness harness) : IClassFixture<DataRequestHarness>
{
    [Fact]
    public async Task Document_ComplianceUser_StreamedByThePortalAndAudited_ManagerRefused()
    {
        var (_, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);
        using var compliance = harness.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(compliance, Compliance, PortalAppFactory.DemoPassword);
        using var manager = harness.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(manager, Manager, PortalAppFactory.DemoPassword);

        using var document = await compliance.GetAsync(DataRequestDocumentEndpoint.For(ids[0]));
        using var refused = await manager.GetAsync(DataRequestDocumentEndpoint.For(ids[0]));

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await document.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Contains("no-store", document.Headers.CacheControl?.ToString());
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        await using var db = await harness.DbAsync();
        var id = ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        var viewed = await AuditDbContextExtensions.AuditEntries(db)
            .Where(e => e.Action == AuditActions.DataRequestViewed && e.TargetId == id).ToListAsync();
        Assert.Equal("Casey Compliance", Assert.Single(viewed).ActorName);
    }
}
