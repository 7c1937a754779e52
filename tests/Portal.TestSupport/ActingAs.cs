using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.TestSupport;

/// <summary>
/// A service scope of the running portal in which the given user is signed in, as in their circuit: services
/// resolved from it see that user through the real AuthenticationStateProvider and ICurrentUser checks.
/// </summary>
public static class ActingAs
{
    public static async Task<AsyncServiceScope> ActAsAsync(this PortalAppFactory factory, string email)
    {
        _ = factory.RootUri;
        var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<PortalUser>>().CreateAsync(user);
        var state = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)state).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    /// <summary>Resolves <typeparamref name="T"/> in a fresh scope acting as <paramref name="email"/> and runs <paramref name="act"/>.</summary>
    public static async Task<TResult> AsAsync<T, TResult>(this PortalAppFactory factory, string email, Func<T, Task<TResult>> act)
        where T : notnull
    {
        await using var scope = await factory.ActAsAsync(email);
        return await act(scope.ServiceProvider.GetRequiredService<T>());
    }

    public static Task AsAsync<T>(this PortalAppFactory factory, string email, Func<T, Task> act)
        where T : notnull => factory.AsAsync<T, bool>(email, async service =>
        {
            await act(service);
            return true;
        });
}
