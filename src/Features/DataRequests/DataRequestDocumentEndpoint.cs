using Microsoft.AspNetCore.Components.Authorization;
using Portal.Security;
using Portal.Vendors;

namespace Portal.Features.DataRequests;

/// <summary>
/// GET /data-requests/items/{id}/document: the item's file streamed by the portal to a signed-in Compliance or
/// Admin user of the item's dealership (audited by the service). Not cached; 404 for anything they may not see.
/// </summary>
internal static class DataRequestDocumentEndpoint
{
    public const string Route = "/data-requests/items/{id:long}/document";

    public static string For(long id) => $"data-requests/items/{id}/document";

    public static async Task<IResult> HandleAsync(HttpContext context, long id, AuthenticationStateProvider authState, DataRequestItemService items)
    {
        // Outside a circuit the provider has no state yet: give it this request's user, as the circuit would.
        ((IHostEnvironmentAuthenticationStateProvider)authState).SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            var document = await items.OpenFileAsync(id, context.RequestAborted);
            return document is null
                ? Results.NotFound()
                : Results.Stream(document.Content, document.ContentType, document.FileName ?? $"document-{id}", enableRangeProcessing: false);
        }
        catch (AccessDeniedException)
        {
            return Results.Forbid();
        }
        catch (VendorApiException ex)
        {
            return Results.Problem(VendorFailureReasons.Named(ex), statusCode: StatusCodes.Status502BadGateway, title: "myKaarma did not return the document");
        }
    }
}
