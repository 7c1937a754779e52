using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Portal.Features.Audit;
using Portal.Security.EntraId;

namespace Portal.Features.Account;

/// <summary>
/// A refused or failed Microsoft sign-in (bad id token, provider error, lost correlation cookie) is audited and
/// sends the person back to the sign-in page with a plain message instead of an error page.
/// </summary>
public sealed class EntraSignInEvents(IAuditLog audit, ILogger<EntraSignInEvents> logger) : OAuthEvents
{
    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        var why = context.Failure switch
        {
            EntraIdTokenException token => $"id token refused ({token.Problem})",
            AuthenticationFailureException => "the identity provider or the browser session did not complete the sign-in",
            _ => "sign-in failed",
        };
        logger.LogWarning("Microsoft Entra ID sign-in failed: {Reason}", why);
        await audit.RecordAsync(new AuditEvent(AuditActions.SignInFailed, AuditOutcome.Failed) { Detail = $"Microsoft Entra ID: {why}" },
            context.HttpContext.RequestAborted);
        context.Response.Redirect("/account/signin?external=failed");
        context.HandleResponse();
    }
}
