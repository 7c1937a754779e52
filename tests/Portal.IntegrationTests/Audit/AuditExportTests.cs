using System.Net;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>GET /audit/export: the filter's entries as masked CSV, for the audit roles only, and itself recorded.</summary>
public sealed class AuditExportTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    [Fact]
    public async Task Export_AuditorWithActionFilter_StreamsOnlyThoseEntriesMaskedAndIsRecorded()
    {
        await AuditEntries.RecordAsync(portal.Factory, new AuditEvent(AuditActions.CustomerUpdated)
        {
            Target = new AuditTarget(AuditTargetTypes.Customer, "drivly:cus_export"),
            Changes = [new("ssn", "078-05-1120", "078-05-1121"), new("city", "Austin", "Dallas")],
        });
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, "auditor@sandbox.local", PortalAppFactory.DemoPassword);

        var response = await client.GetAsync("audit/export?action=customer.updated");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.StartsWith("Sequence,TimeUtc,ActorId", lines[0].TrimStart('\uFEFF'));
        Assert.All(lines.Skip(1), l => Assert.Contains(",customer.updated,", l));
        Assert.Contains("•••• 1121", csv);
        Assert.Contains("Dallas", csv);
        Assert.DoesNotContain("078-05-112", csv);
        Assert.Contains(await AuditEntries.WhereAsync(portal.Factory, e => e.Action == AuditActions.AuditExported),
            e => e.ActorName == "Avery Auditor" && e.Detail == "filter action=customer.updated");
    }

    [Fact]
    public async Task Export_Manager_IsRefused()
    {
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, "manager@sandbox.local", PortalAppFactory.DemoPassword);

        var response = await client.GetAsync("audit/export");

        Assert.Contains("/account/denied", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("outcome=Maybe")]
    [InlineData("from=2026-13-01")]
    [InlineData("from=2026-05-02&to=2026-05-01")]
    [InlineData("targetId=drivly:1")]
    public async Task Export_MalformedFilter_IsBadRequestNotAWiderExport(string query)
    {
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, "admin@sandbox.local", PortalAppFactory.DemoPassword);

        var response = await client.GetAsync("audit/export?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
