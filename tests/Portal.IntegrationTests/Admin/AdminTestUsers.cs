using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Admin.Users;

namespace Portal.IntegrationTests.Admin;

/// <summary>Users made through the real admin service, and the real change-password form.</summary>
internal static class AdminTestUsers
{
    public const string Admin = "admin@sandbox.local";

    public static Task<TemporaryPassword> CreateAsync(PortalAppFactory factory, string email, string role, string actingAdmin = Admin) =>
        factory.AsAsync<UserAdminService, TemporaryPassword>(actingAdmin, s => s.CreateAsync(new UserInput
        {
            Email = email, DisplayName = email.Split('@')[0], Roles = [role],
        }));

    public static async Task<PortalUser> FindAsync(PortalAppFactory factory, string email)
    {
        _ = factory.RootUri;
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException(email);
    }

    public static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current, string next)
    {
        var form = await client.GetStringAsync("account/change-password");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = SignInHelper.AntiforgeryTokenOf(form),
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        return await client.PostAsync("account/change-password", content);
    }
}
