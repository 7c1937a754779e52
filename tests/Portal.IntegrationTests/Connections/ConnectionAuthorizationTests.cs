using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Connections.Admin;
using Portal.IntegrationTests.Admin;
using Portal.Security;

namespace Portal.IntegrationTests.Connections;

/// <summary>
/// Every Connections action refuses each non-admin role on the server (the page itself: AdminAuthorizationTests);
/// the page never shows a stored secret.
/// </summary>
public sealed class ConnectionAuthorizationTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const int SomeConnection = 1;

    private static readonly Dictionary<string, Func<IServiceProvider, Task>> Actions = new()
    {
        ["list"] = s => Admin(s).ListAsync(),
        ["dealership choices"] = s => Admin(s).DealershipChoicesAsync(),
        ["create"] = s => Admin(s).CreateAsync(ConnectionInputs.Guardant(1, "Sneaky")),
        ["edit"] = s => Admin(s).UpdateAsync(SomeConnection, ConnectionInputs.Guardant(1, "Sneaky")),
        ["replace secret"] = s => Admin(s).ReplaceSecretAsync(SomeConnection, ConnectionInputs.GuardantSecret("stolen")),
        ["enable"] = s => Admin(s).SetEnabledAsync(SomeConnection, true),
        ["disable"] = s => Admin(s).SetEnabledAsync(SomeConnection, false),
        ["dependents"] = s => Admin(s).DependentsAsync(SomeConnection),
        ["delete"] = s => Admin(s).DeleteAsync(SomeConnection),
        ["test saved"] = s => Ops(s).TestAsync(SomeConnection),
        ["test form"] = s => Ops(s).TestAsync(null, ConnectionInputs.Guardant(1, "Sneaky")),
        ["sync now"] = s => Ops(s).SyncNowAsync(SomeConnection),
        ["status"] = s => Ops(s).StatusAsync([SomeConnection]),
        ["watch"] = s => Ops(s).WatchAsync(_ => { }),
    };

    /// <summary>The sandbox credentials the test portal's configured connections hold (appsettings.Development.json).</summary>
    private static readonly string[] StoredSecrets =
    [
        ConnectionInputs.GuardantKey, "drivly-sandbox-key-7f3a9c", "mk-sandbox-pass-41d2", "cova-sandbox-secret-9b1e",
        "cova-sandbox-pass-2c8d", "walcu-sandbox-key-5e21d0",
    ];

    public static TheoryData<string, string> NonAdminActions() => NonAdminCases.Cross(Actions.Keys);

    [Theory]
    [MemberData(nameof(NonAdminActions))]
    public async Task ConnectionAction_NonAdminRole_IsRefusedOnTheServer(string email, string action)
    {
        await using var scope = await portal.Factory.ActAsAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Actions[action](scope.ServiceProvider));
    }

    [Fact]
    public async Task ConnectionsPage_Admin_ListsConnectionsWithoutAnyStoredSecret()
    {
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, "admin@sandbox.local", PortalAppFactory.DemoPassword);

        var response = await client.GetAsync("admin/connections");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Guardant (sandbox)", html);
        Assert.Contains("From configuration", html);
        Assert.All(StoredSecrets, secret => Assert.DoesNotContain(secret, html));
    }

    [Fact]
    public async Task List_Admin_NamesStoredCredentialsButNeverCarriesTheirValues()
    {
        var rows = await portal.Factory.AsAsync<ConnectionAdminService, IReadOnlyList<ConnectionRow>>("admin@sandbox.local", s => s.ListAsync());

        var cova = Assert.Single(rows, r => r.Name == "Cova (sandbox)");
        Assert.Equal(["clientId", "clientSecret", "password", "username"], cova.SecretNames);
        var everything = string.Join("|", rows.SelectMany(r => r.Settings.Values.Append(r.BaseUrl).Concat(r.SecretNames)));
        Assert.All(StoredSecrets, secret => Assert.DoesNotContain(secret, everything));
    }

    private static ConnectionAdminService Admin(IServiceProvider s) => s.GetRequiredService<ConnectionAdminService>();

    private static ConnectionOperations Ops(IServiceProvider s) => s.GetRequiredService<ConnectionOperations>();
}
