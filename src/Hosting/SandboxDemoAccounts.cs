using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Security;

namespace Portal.Hosting;

/// <summary>The demo dealership and one account per role that sandbox mode offers on the sign-in page.</summary>
public sealed class SandboxDemoAccounts
{
    public const string DealershipName = "Demo Motors";
    public const string DealershipTimeZone = "America/Chicago";

    public static IReadOnlyList<(string Email, string Role, string DisplayName)> Accounts { get; } =
    [
        ("admin@sandbox.local", PortalRoles.Admin, "Alex Admin"),
        ("manager@sandbox.local", PortalRoles.DealerManager, "Morgan Manager"),
        ("compliance@sandbox.local", PortalRoles.Compliance, "Casey Compliance"),
        ("auditor@sandbox.local", PortalRoles.Auditor, "Avery Auditor"),
    ];

    /// <summary>The demo compliance user is the sandbox's approver Casey Compliance in myKaarma.</summary>
    public static IReadOnlyDictionary<string, string> MyKaarmaUserUuids { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["compliance@sandbox.local"] = Portal.Sandbox.MyKaarma.MyKaarmaAssociates.Casey.UserUuid,
    };

    public SandboxDemoAccounts(IConfiguration config)
    {
        Enabled = config.GetValue<bool>("Sandbox:Enabled");
        var configured = config["Sandbox:DemoPassword"];
        PasswordWasGenerated = string.IsNullOrEmpty(configured);
        Password = PasswordWasGenerated ? PasswordGenerator.Create(16) : configured!;
    }

    public bool Enabled { get; }

    /// <summary>The demo accounts' password for this run (Sandbox:DemoPassword, or generated at start).</summary>
    public string Password { get; }

    public bool PasswordWasGenerated { get; }
}

/// <summary>In sandbox mode, creates the demo dealership and accounts and sets their password for this run.</summary>
internal sealed class SandboxDemoAccountsStep(
    SandboxDemoAccounts demo, UserManager<PortalUser> users, IDbContextFactory<PortalDbContext> dbFactory) : IStartupStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!demo.Enabled)
        {
            return;
        }
        var dealershipId = await EnsureDealershipAsync(cancellationToken);
        foreach (var (email, role, name) in SandboxDemoAccounts.Accounts)
        {
            var user = await users.FindByEmailAsync(email);
            if (user is null)
            {
                user = new PortalUser
                {
                    UserName = email, Email = email, EmailConfirmed = true, DisplayName = name,
                    MyKaarmaUserUuid = SandboxDemoAccounts.MyKaarmaUserUuids.GetValueOrDefault(email),
                };
                IdentityResultGuard.Check(await users.CreateAsync(user, demo.Password), $"create demo account {email}");
                IdentityResultGuard.Check(await users.AddToRoleAsync(user, role), $"give {email} its role");
                await AssignAsync(user.Id, dealershipId, cancellationToken);
            }
            else if (!await users.CheckPasswordAsync(user, demo.Password))
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                IdentityResultGuard.Check(await users.ResetPasswordAsync(user, token, demo.Password), $"set {email}'s demo password");
            }
        }
        if (demo.PasswordWasGenerated)
        {
            ConsoleNotice.Write(
                "Sandbox mode: demo accounts " + string.Join(", ", SandboxDemoAccounts.Accounts.Select(a => a.Email)),
                $"Password for this run: {demo.Password}",
                "Set Sandbox:DemoPassword to keep one password across runs.");
        }
    }

    private async Task<int> EnsureDealershipAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dealership = await db.Dealerships.FirstOrDefaultAsync(d => d.Name == SandboxDemoAccounts.DealershipName, ct);
        if (dealership is null)
        {
            dealership = new Dealership { Name = SandboxDemoAccounts.DealershipName, TimeZoneId = SandboxDemoAccounts.DealershipTimeZone };
            db.Dealerships.Add(dealership);
            await db.SaveChangesAsync(ct);
        }
        return dealership.Id;
    }

    private async Task AssignAsync(string userId, int dealershipId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.UserDealerships.Add(new UserDealership { UserId = userId, DealershipId = dealershipId });
        await db.SaveChangesAsync(ct);
    }
}
