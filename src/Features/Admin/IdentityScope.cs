using Microsoft.AspNetCore.Identity;
using Portal.Data;

namespace Portal.Features.Admin;

/// <summary>
/// A UserManager and DbContext for one admin action. Circuits live for hours, so the circuit's own scoped
/// UserManager would keep tracking stale users; each action gets a fresh scope, and both share one context so a
/// transaction covers the identity change and the dealership rows together.
/// </summary>
internal sealed class IdentityScope : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    public IdentityScope(IServiceScopeFactory scopes)
    {
        _scope = scopes.CreateAsyncScope();
        Users = _scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Db = _scope.ServiceProvider.GetRequiredService<PortalDbContext>();
    }

    public UserManager<PortalUser> Users { get; }

    public PortalDbContext Db { get; }

    public async Task<PortalUser> FindUserAsync(string userId) =>
        await Users.FindByIdAsync(userId) ?? throw new AdminRuleException("That user no longer exists.");

    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new AdminRuleException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
