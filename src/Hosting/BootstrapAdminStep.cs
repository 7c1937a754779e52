using Microsoft.AspNetCore.Identity;
using Portal.Data;
using Portal.Security;

namespace Portal.Hosting;

/// <summary>
/// Ensures the roles exist and, when the database has no user at all, creates the first admin from
/// Bootstrap:AdminEmail / Bootstrap:AdminPassword (a generated password is printed once to the console).
/// </summary>
internal sealed class BootstrapAdminStep(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IConfiguration config, ILogger<BootstrapAdminStep> logger) : IStartupStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                IdentityResultGuard.Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
        if (users.Users.Any())
        {
            return;
        }
        var email = config["Bootstrap:AdminEmail"] is { Length: > 0 } e ? e : "admin@portal.local";
        var configured = config["Bootstrap:AdminPassword"];
        var password = string.IsNullOrEmpty(configured) ? PasswordGenerator.Create() : configured;
        // A generated password was printed to a console: like any temporary password, it must be replaced first.
        var admin = new PortalUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator",
            MustChangePassword = string.IsNullOrEmpty(configured),
        };
        IdentityResultGuard.Check(await users.CreateAsync(admin, password), "create the first admin");
        IdentityResultGuard.Check(await users.AddToRoleAsync(admin, PortalRoles.Admin), "make the first user an admin");
        logger.LogInformation("First run: created the first admin account");
        if (string.IsNullOrEmpty(configured))
        {
            ConsoleNotice.Write(
                $"First run: created admin account {email}",
                $"Password (shown only now): {password}",
                "You will be asked to change it at first sign-in; or set Bootstrap:AdminPassword before the first run.");
        }
    }
}

internal static class IdentityResultGuard
{
    public static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
