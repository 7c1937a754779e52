using Microsoft.AspNetCore.Mvc;

namespace Portal.Features.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a form POST: binding [FromForm] makes the framework validate the antiforgery token, so a link,
    /// an image or another site cannot sign a user out.
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/signout", async ([FromServices] SignInService signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/signin");
        });
        return app;
    }
}
