using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Admin.Dealerships;
using Portal.Features.Admin.Users;
using Portal.Security;

namespace Portal.IntegrationTests.Admin;

/// <summary>Every admin page and every admin service action refuses each non-admin role on the server.</summary>
public sealed class AdminAuthorizationTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string SomeUserId = "no-such-user";

    private static readonly Dictionary<string, Func<IServiceProvider, Task>> Actions = new()
    {
        ["list users"] = s => s.GetRequiredService<UserAdminService>().ListAsync(),
        ["dealership choices"] = s => s.GetRequiredService<UserAdminService>().DealershipChoicesAsync(),
        ["create user"] = s => s.GetRequiredService<UserAdminService>().CreateAsync(ValidUser()),
        ["edit user"] = s => s.GetRequiredService<UserAdminService>().UpdateAsync(SomeUserId, ValidUser()),
        ["disable user"] = s => s.GetRequiredService<UserAccountActions>().SetDisabledAsync(SomeUserId, true),
        ["enable user"] = s => s.GetRequiredService<UserAccountActions>().SetDisabledAsync(SomeUserId, false),
        ["unlock user"] = s => s.GetRequiredService<UserAccountActions>().UnlockAsync(SomeUserId),
        ["reset password"] = s => s.GetRequiredService<UserAccountActions>().ResetPasswordAsync(SomeUserId),
        ["list dealerships"] = s => s.GetRequiredService<DealershipAdminService>().ListAsync(),
        ["create dealership"] = s => s.GetRequiredService<DealershipAdminService>().CreateAsync(new DealershipInput { Name = "Sneaky Motors" }),
        ["edit dealership"] = s => s.GetRequiredService<DealershipAdminService>().UpdateAsync(1, new DealershipInput { Name = "Renamed" }),
    };

    public static TheoryData<string, string> NonAdminActions() => NonAdminCases.Cross(Actions.Keys);

    public static TheoryData<string, string> NonAdminPages() => NonAdminCases.Cross(["admin/users", "admin/dealerships", "admin/connections"]);

    [Theory]
    [MemberData(nameof(NonAdminActions))]
    public async Task AdminAction_NonAdminRole_IsRefusedOnTheServer(string email, string action)
    {
        await using var scope = await portal.Factory.ActAsAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Actions[action](scope.ServiceProvider));
    }

    [Theory]
    [MemberData(nameof(NonAdminPages))]
    public async Task AdminPage_NonAdminRole_IsRedirectedToAccessDenied(string email, string page)
    {
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, email, PortalAppFactory.DemoPassword);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("admin/users", "Add user")]
    [InlineData("admin/dealerships", "Add dealership")]
    [InlineData("admin/connections", "Add connection")]
    public async Task AdminPage_Admin_Renders(string page, string expected)
    {
        using var client = portal.Factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, "admin@sandbox.local", PortalAppFactory.DemoPassword);

        var response = await client.GetAsync(page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AdminAction_Admin_IsAllowed()
    {
        var users = await portal.Factory.AsAsync<UserAdminService, IReadOnlyList<UserRow>>("admin@sandbox.local", s => s.ListAsync());

        Assert.Contains(users, u => u.Email == "manager@sandbox.local" && u.Roles.SequenceEqual([PortalRoles.DealerManager]));
    }

    private static UserInput ValidUser() => new()
    {
        Email = "sneaky@dealer.test", DisplayName = "Sneaky", Roles = [PortalRoles.Admin],
    };
}
