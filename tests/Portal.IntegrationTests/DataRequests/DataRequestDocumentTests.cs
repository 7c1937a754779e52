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

    [Fact]
    public async Task EnteredText_ReadLiveFromMyKaarma_NeverStored_Audited()
    {
        var (_, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, "EMPLOYMENT_DETAILS");

        var text = await harness.Factory.AsAsync<DataRequestItemService, string?>(Compliance, s => s.RevealTextAsync(ids[0]));

        Assert.False(string.IsNullOrWhiteSpace(text));
        await using var db = await harness.DbAsync();
        var row = await db.Set<DataRequestRow>().AsNoTracking().SingleAsync(r => r.Id == ids[0]);
        Assert.True(row.HasText);
        Assert.DoesNotContain(text ?? "", System.Text.Json.JsonSerializer.Serialize(row));
        var id = ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Single(await AuditDbContextExtensions.AuditEntries(db).Where(e => e.Action == AuditActions.DataRequestViewed && e.TargetId == id).ToListAsync());
    }
}
