using System.Net;
using System.Text.RegularExpressions;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>Sign-in, sign-out and refused requests are recorded, with who, from where and which request.</summary>
public sealed partial class AuditRecordingTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string Agent = "audit-recording-test/1.0";

    [Fact]
    public async Task SignIn_DemoAccount_RecordedWithActorRolesAddressAgentAndCorrelation()
    {
        using var client = Client();

        await SignInHelper.SignInOrThrowAsync(client, "manager@sandbox.local", PortalAppFactory.DemoPassword);

        var entry = (await AuditEntries.WhereAsync(portal.Factory, e => e.Action == AuditActions.SignInSucceeded && e.UserAgent == Agent)).Last();
        Assert.Equal("Morgan Manager", entry.ActorName);
        Assert.Equal("DealerManager", entry.ActorRoles);
        Assert.Equal(entry.ActorId, entry.TargetId);
        Assert.Equal("127.0.0.1", entry.ClientAddress);
        Assert.False(string.IsNullOrEmpty(entry.CorrelationId));
    }

    [Fact]
    public async Task SignIn_UnknownEmail_RecordedWithTheEmailMasked()
    {
        using var client = Client();

        await SignInHelper.SignInAsync(client, "zed.canary4471@nowhere.test", "whatever-password");

        var entry = (await AuditEntries.WhereAsync(portal.Factory, e => e.Action == AuditActions.SignInFailed && e.TargetType == AuditTargetTypes.Account)).Last();
        Assert.Equal("z•••@nowhere.test", entry.TargetId);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal(AuditActor.AnonymousId, entry.ActorId);
        Assert.Empty(await AuditEntries.WhereAsync(portal.Factory, e => e.TargetId!.Contains("canary4471")));
    }

    [Fact]
    public async Task SignIn_WrongPassword_RecordedAsFailedForThatUser()
    {
        using var client = Client();

        await SignInHelper.SignInAsync(client, "admin@sandbox.local", "not-the-password");

        var entry = (await AuditEntries.WhereAsync(portal.Factory, e => e.Action == AuditActions.SignInFailed && e.TargetDisplay == "Alex Admin")).Last();
        Assert.Equal(AuditTargetTypes.User, entry.TargetType);
        Assert.Equal("wrong password", entry.Detail);
    }

    [Fact]
    public async Task SignOut_SignedIn_RecordedAsTheUser()
    {
        using var client = Client();
        await SignInHelper.SignInOrThrowAsync(client, "compliance@sandbox.local", PortalAppFactory.DemoPassword);
        var token = AntiforgeryToken().Match(await client.GetStringAsync("")).Groups[1].Value;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var response = await client.PostAsync("account/signout", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(await AuditEntries.WhereAsync(portal.Factory, e => e.Action == AuditActions.SignOut), e => e.ActorName == "Casey Compliance");
    }

    [Fact]
    public async Task AuditPage_ManagerOpensIt_RefusedAndRecordedAsDenied()
    {
        using var client = Client();
        await SignInHelper.SignInOrThrowAsync(client, "manager@sandbox.local", PortalAppFactory.DemoPassword);

        var response = await client.GetAsync("audit");

        Assert.Contains("/account/denied", response.Headers.Location?.ToString());
        var entry = (await AuditEntries.WhereAsync(portal.Factory, e => e.Action == AuditActions.AccessDenied && e.TargetId == "/audit")).Last();
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.Equal("Morgan Manager", entry.ActorName);
        Assert.Contains("Admin, Auditor", entry.Detail);
    }

    [Fact]
    public async Task AuditPage_Auditor_Renders()
    {
        using var client = Client();
        await SignInHelper.SignInOrThrowAsync(client, "auditor@sandbox.local", PortalAppFactory.DemoPassword);

        var response = await client.GetAsync("audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    private HttpClient Client()
    {
        var client = portal.Factory.CreateLoopbackClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
