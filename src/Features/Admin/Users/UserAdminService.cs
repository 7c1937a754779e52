using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Features.Account;
using Portal.Features.Audit;
using Portal.Hosting;
using Portal.Security;
using Portal.Security.EntraId;

namespace Portal.Features.Admin.Users;

/// <summary>Lists, creates and edits users (roles, dealerships, name, myKaarma uuid). Admins only, checked here.</summary>
public sealed class UserAdminService(
    AdminGuard guard, IServiceScopeFactory scopes, IAuditLog audit, TimeProvider clock, IOptions<EntraIdOptions> entra)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken ct = default)
    {
        await guard.DemandAsync("list users", ct);
        await using var scope = new IdentityScope(scopes);
        return await UserQueries.ListAsync(scope.Db, clock.GetUtcNow(), ct);
    }

    public async Task<IReadOnlyList<DealershipChoice>> DealershipChoicesAsync(CancellationToken ct = default)
    {
        await guard.DemandAsync("list dealerships", ct);
        await using var scope = new IdentityScope(scopes);
        return await UserQueries.DealershipsAsync(scope.Db, ct);
    }

    /// <summary>Creates a local account with a temporary password that must be changed at first sign-in.</summary>
    public async Task<TemporaryPassword> CreateAsync(UserInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync("create users", ct);
        CheckInput(input);
        await using var scope = new IdentityScope(scopes);
        var email = input.Email.Trim();
        if (await scope.Users.FindByEmailAsync(email) is not null)
        {
            throw new AdminRuleException($"A user with the email {email} already exists.");
        }
        var password = PasswordGenerator.Create();
        var user = new PortalUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName.Trim(),
            MustChangePassword = true, MyKaarmaUserUuid = Blank(input.MyKaarmaUserUuid),
        };
        await using var tx = await scope.Db.Database.BeginTransactionAsync(ct);
        IdentityScope.Check(await scope.Users.CreateAsync(user, password));
        IdentityScope.Check(await scope.Users.AddToRolesAsync(user, input.Roles.Distinct()));
        var (_, dealerships) = await UserQueries.SetDealershipsAsync(scope.Db, user.Id, input.DealershipIds, ct);
        await tx.CommitAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditActions.UserCreated)
        {
            Target = UserAuditTarget.Of(user),
            Changes =
            [
                new("email", null, email), new("displayName", null, user.DisplayName), new("roles", null, Join(input.Roles)),
                new("dealerships", null, dealerships), new("myKaarmaUserUuid", null, user.MyKaarmaUserUuid),
            ],
        }, ct);
        return new TemporaryPassword(user.Id, email, password);
    }

    /// <summary>Saves name, myKaarma uuid, roles and dealerships; the email is the account's identity and stays.</summary>
    public async Task UpdateAsync(string userId, UserInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync("edit users", ct);
        CheckInput(input);
        await LastAdminRule.Gate.WaitAsync(ct);
        try
        {
            await using var scope = new IdentityScope(scopes);
            var user = await scope.FindUserAsync(userId);
            if (!string.Equals(user.Email, input.Email.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                throw new AdminRuleException("The email of an account cannot be changed. Create a new user instead.");
            }
            var rolesBefore = (await scope.Users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            var rolesAfter = input.Roles.Distinct().Order(StringComparer.Ordinal).ToList();
            var rolesChanged = !rolesBefore.SequenceEqual(rolesAfter);
            if (rolesChanged && entra.Value.ManagesRoles && (await scope.Users.GetLoginsAsync(user)).Any(l => l.LoginProvider == EntraIdOptions.Scheme))
            {
                throw new AdminRuleException("This user signs in with Microsoft: their roles come from Entra app roles.");
            }
            if (rolesBefore.Contains(PortalRoles.Admin) && !rolesAfter.Contains(PortalRoles.Admin))
            {
                await LastAdminRule.EnsureAnotherActiveAdminAsync(scope.Db, userId, ct);
            }
            var details = new List<AuditChange>();
            AddIfChanged(details, "displayName", user.DisplayName, user.DisplayName = input.DisplayName.Trim());
            AddIfChanged(details, "myKaarmaUserUuid", user.MyKaarmaUserUuid, user.MyKaarmaUserUuid = Blank(input.MyKaarmaUserUuid));
            await using var tx = await scope.Db.Database.BeginTransactionAsync(ct);
            IdentityScope.Check(await scope.Users.UpdateAsync(user));
            if (rolesChanged)
            {
                IdentityScope.Check(await scope.Users.RemoveFromRolesAsync(user, rolesBefore.Except(rolesAfter)));
                IdentityScope.Check(await scope.Users.AddToRolesAsync(user, rolesAfter.Except(rolesBefore)));
                // A new stamp ends the user's cookie and circuits within a minute, so removed roles stop working.
                IdentityScope.Check(await scope.Users.UpdateSecurityStampAsync(user));
            }
            var (dealershipsBefore, dealershipsAfter) = await UserQueries.SetDealershipsAsync(scope.Db, userId, input.DealershipIds, ct);
            await tx.CommitAsync(ct);
            if (details.Count > 0)
            {
                await audit.RecordAsync(new AuditEvent(AuditActions.UserUpdated) { Target = UserAuditTarget.Of(user), Changes = details }, ct);
            }
            if (rolesChanged)
            {
                await audit.RecordAsync(new AuditEvent(AuditActions.UserRolesChanged)
                {
                    Target = UserAuditTarget.Of(user), Changes = [new("roles", Join(rolesBefore), Join(rolesAfter))],
                }, ct);
            }
            if (dealershipsBefore != dealershipsAfter)
            {
                await audit.RecordAsync(new AuditEvent(AuditActions.UserDealershipsChanged)
                {
                    Target = UserAuditTarget.Of(user), Changes = [new("dealerships", dealershipsBefore, dealershipsAfter)],
                }, ct);
            }
        }
        finally
        {
            LastAdminRule.Gate.Release();
        }
    }

    private static void CheckInput(UserInput input)
    {
        InputValidation.Check(input);
        if (input.Roles.FirstOrDefault(r => !PortalRoles.All.Contains(r)) is { } unknown)
        {
            throw new AdminRuleException($"'{unknown}' is not a portal role.");
        }
    }

    private static void AddIfChanged(List<AuditChange> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
        {
            changes.Add(new AuditChange(field, before, after));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Join(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));
}
