using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Security;
using Portal.Security.EntraId;

namespace Portal.Features.Account;

public static class AccountEndpoints
{
    public const string EntraStartPath = "/account/external/entra";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // Sign-out is a form POST: binding [FromForm] makes the framework validate the antiforgery token, so a link,
        // an image or another site cannot sign a user out.
        app.MapPost("/account/signout", async ([FromServices] SignInService signIn, [FromForm] string? returnUrl) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/signin");
        }).WithMetadata(new AllowedBeforePasswordChangeAttribute());

        // Starts the authorisation code flow; the handler returns to /signin-entra, then to the completion below.
        app.MapGet(EntraStartPath, ([FromServices] IOptions<EntraIdOptions> entra, [FromQuery] string? returnUrl) =>
            entra.Value.IsConfigured
                ? Results.Challenge(
                    new AuthenticationProperties { RedirectUri = $"{EntraStartPath}/complete?returnUrl={Uri.EscapeDataString(SignIn.SafeReturnUrl(returnUrl))}" },
                    [EntraIdOptions.Scheme])
                : Results.NotFound()).AllowAnonymous();

        app.MapGet($"{EntraStartPath}/complete", async (HttpContext http, [FromServices] EntraSignInService entra, [FromQuery] string? returnUrl) =>
        {
            var outcome = await entra.CompleteAsync(http, http.RequestAborted);
            return outcome == EntraSignInOutcome.Succeeded
                ? Results.LocalRedirect(SignIn.SafeReturnUrl(returnUrl))
                : Results.LocalRedirect($"/account/signin?external={outcome.ToString().ToLowerInvariant()}");
        }).AllowAnonymous();
        return app;
    }
}
