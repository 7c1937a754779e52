using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Admin;
using Portal.Features.Admin.Users;
using Portal.Features.Audit;
using Portal.IntegrationTests.Audit;
using Portal.Security;
using Portal.Security.EntraId;

namespace Portal.IntegrationTests.EntraId;

/// <summary>"Sign in with Microsoft" end to end against the loopback OpenID provider: PKCE, nonce, id token checks.</summary>
public sealed class EntraSignInTests(EntraFixture entra) : IClassFixture<EntraFixture>
{
    [Fact]
    public async Task SignIn_FirstTime_CreatesLinkedUserWithMappedRolesAndNoDealership()
    {
        entra.Provider.Flavour = TokenFlavour.Good;
        entra.Provider.User = ("oid-first", "first.entra@contoso.test", "Fiona First", [EntraFixture.ManagerAppRole, "Unmapped.Role"]);

        var (_, landed, body) = await entra.SignInWithMicrosoftAsync();

        Assert.Equal("/", landed);
        Assert.Contains("Welcome, Fiona First", body);
        var row = await RowAsync("first.entra@contoso.test");
        Assert.Equal([PortalRoles.DealerManager], row.Roles);
        Assert.Empty(row.Dealerships);
        Assert.True(row.SignsInWithEntra);
        Assert.NotNull(row.LastSignInUtc);
        var entries = await AuditEntries.WhereAsync(entra.Portal, e => e.TargetId == row.Id);
        Assert.Equal([AuditActions.UserCreated, AuditActions.UserRolesChanged, AuditActions.SignInSucceeded], entries.Select(e => e.Action));
        Assert.Equal(row.Id, entries[^1].ActorId);
    }

    [Fact]
    public async Task SignIn_AppRolesChangedInEntra_PortalRolesFollow()
    {
        await SignInAsync("oid-follow", "follow.entra@contoso.test", "Fred Follow", [EntraFixture.ManagerAppRole]);
        entra.Provider.User = entra.Provider.User with { AppRoles = [EntraFixture.AuditorAppRole] };

        var (_, landed, _) = await entra.SignInWithMicrosoftAsync();

        Assert.Equal("/", landed);
        Assert.Equal([PortalRoles.Auditor], (await RowAsync("follow.entra@contoso.test")).Roles);
        Assert.Single(await AllAsync(), u => u.Email == "follow.entra@contoso.test");
    }

    [Theory]
    [InlineData(TokenFlavour.WrongSignature)]
    [InlineData(TokenFlavour.WrongAudience)]
    [InlineData(TokenFlavour.Expired)]
    [InlineData(TokenFlavour.WrongNonce)]
    [InlineData(TokenFlavour.WrongIssuer)]
    public async Task SignIn_BadIdToken_IsRefusedAndNoUserIsCreated(TokenFlavour flavour)
    {
        entra.Provider.Flavour = flavour;
        var email = $"{flavour.ToString().ToLowerInvariant()}@contoso.test";
        entra.Provider.User = ($"oid-{flavour}", email, "Mallory", [EntraFixture.ManagerAppRole]);
        var exchangesBefore = entra.Provider.TokenRequests;

        var (client, landed, body) = await entra.SignInWithMicrosoftAsync();

        Assert.Equal(exchangesBefore + 1, entra.Provider.TokenRequests);
        Assert.Equal("/account/signin?external=failed", landed);
        Assert.Contains("Microsoft sign-in did not complete", body);
        Assert.DoesNotContain(await AllAsync(), u => u.Email == email);
        var failures = await AuditEntries.WhereAsync(entra.Portal, e => e.Action == AuditActions.SignInFailed);
        Assert.Contains(failures, e => e.Detail == $"Microsoft Entra ID: id token refused ({Problem(flavour)})");
        var home = await client.GetAsync("");
        Assert.Equal("/account/signin", home.RequestMessage?.RequestUri?.AbsolutePath);
    }

    [Fact]
    public async Task SignIn_DisabledUser_IsRefused()
    {
        await SignInAsync("oid-disabled", "disabled.entra@contoso.test", "Dana Disabled", [EntraFixture.AuditorAppRole]);
        var row = await RowAsync("disabled.entra@contoso.test");
        await entra.Portal.AsAsync<UserAccountActions>("admin@sandbox.local", s => s.SetDisabledAsync(row.Id, true));

        var (_, landed, body) = await entra.SignInWithMicrosoftAsync();

        Assert.Equal("/account/signin?external=disabled", landed);
        Assert.Contains("This account is disabled", body);
    }

    [Fact]
    public async Task SignIn_EmailOfALocalAccount_IsNotLinkedByEmail()
    {
        entra.Provider.Flavour = TokenFlavour.Good;
        entra.Provider.User = ("oid-impersonator", "manager@sandbox.local", "Not Morgan", [EntraFixture.ManagerAppRole]);

        var (_, landed, _) = await entra.SignInWithMicrosoftAsync();

        Assert.Equal("/account/signin?external=emailtaken", landed);
        Assert.False((await RowAsync("manager@sandbox.local")).SignsInWithEntra);
    }

    [Fact]
    public async Task EditRoles_UserFromEntraWithRoleMapping_IsRefused()
    {
        await SignInAsync("oid-managed", "managed.entra@contoso.test", "Mia Managed", [EntraFixture.AuditorAppRole]);
        var row = await RowAsync("managed.entra@contoso.test");
        var input = row.ToInput();
        input.Roles = [PortalRoles.Admin];

        await Assert.ThrowsAsync<AdminRuleException>(() =>
            entra.Portal.AsAsync<UserAdminService>("admin@sandbox.local", s => s.UpdateAsync(row.Id, input)));
    }

    [Fact]
    public async Task SignInPage_EntraConfigured_OffersMicrosoftBesideLocalAccounts()
    {
        using var client = entra.Portal.CreateLoopbackClient();

        var page = await client.GetStringAsync("account/signin");

        Assert.Contains("Sign in with Microsoft", page);
        Assert.Contains("id=\"password\"", page);
        await SignInHelper.SignInOrThrowAsync(client, "auditor@sandbox.local", PortalAppFactory.DemoPassword);
    }

    private static EntraIdTokenProblem Problem(TokenFlavour flavour) => flavour switch
    {
        TokenFlavour.WrongSignature => EntraIdTokenProblem.Signature,
        TokenFlavour.WrongAudience => EntraIdTokenProblem.Audience,
        TokenFlavour.Expired => EntraIdTokenProblem.Expired,
        TokenFlavour.WrongNonce => EntraIdTokenProblem.Nonce,
        _ => EntraIdTokenProblem.Issuer,
    };

    /// <summary>A good token for this Entra user; returns where the browser landed.</summary>
    private async Task<string> SignInAsync(string objectId, string email, string name, string[] appRoles)
    {
        entra.Provider.Flavour = TokenFlavour.Good;
        entra.Provider.User = (objectId, email, name, appRoles);
        return (await entra.SignInWithMicrosoftAsync()).Landed;
    }

    private async Task<UserRow> RowAsync(string email) => (await AllAsync()).Single(u => u.Email == email);

    private Task<IReadOnlyList<UserRow>> AllAsync() =>
        entra.Portal.AsAsync<UserAdminService, IReadOnlyList<UserRow>>("admin@sandbox.local", s => s.ListAsync());
}
