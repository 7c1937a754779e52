using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// myKaarma's getCustomerProfileData, plus the calls the document leaves out (open requests, record a review, vault
/// files), all under customer/v2/department/{departmentUuid}/ with HTTP Basic authentication. Paths and every other
/// assumption: docs/vendor-assumptions/mykaarma.md.
/// </summary>
internal sealed class MyKaarmaEmulator(MyKaarmaStore store, ILogger<MkAuthorization> logger) : ISandboxEmulator
{
    private const int MaxPageSize = 500;
    private readonly MkReviewRecorder _reviews = new(store);

    public string Vendor => MyKaarmaSandbox.Vendor;

    public void Map(RouteGroupBuilder group)
    {
        var api = group.MapGroup(MyKaarmaSandbox.DepartmentPath).AddEndpointFilter(new MkAuthorization(logger));
        api.MapGet("profileViewRequest/{token}/profileData", GetProfile);
        api.MapGet("profileViewRequest", ListOpen);
        api.MapPost("vaultDataRequest/{requestUuid}/item/{itemUuid}/review", RecordReview);
        api.MapGet("vault/file/{dataUuid}", GetFile);
        MkControls.Map(group.MapGroup(MyKaarmaSandbox.ControlPath), store, _reviews);
    }

    public SandboxEmulatorInfo Describe(Uri baseUrl) => new(Vendor, baseUrl + "/",
        new Dictionary<string, string> { ["username"] = MyKaarmaSandbox.Username, ["password"] = MyKaarmaSandbox.Password, ["scheme"] = "HTTP Basic" },
        new Dictionary<string, string>
        {
            ["departmentUuid"] = MyKaarmaSandbox.DepartmentUuid,
            ["dealerUUID"] = MyKaarmaSandbox.DealerUuid,
            ["approver (Casey Compliance)"] = MyKaarmaAssociates.Casey.UserUuid,
        },
        [
            $"GET {MyKaarmaSandbox.DepartmentPath}/profileViewRequest/{{customerProfileViewRequestToken}}/profileData (getCustomerProfileData)",
            $"GET {MyKaarmaSandbox.DepartmentPath}/profileViewRequest?status=OPEN&pageSize=&pageToken= (assumption)",
            $"POST {MyKaarmaSandbox.DepartmentPath}/vaultDataRequest/{{vaultDataRequestUUID}}/item/{{uuid}}/review + Idempotency-Key (assumption)",
            $"GET {MyKaarmaSandbox.DepartmentPath}/vault/file/{{vaultPiiDataUuid}} (fileUrl)",
            .. MkControls.Endpoints,
        ],
        [
            "The document names getCustomerProfileData but no path; the paths above are ours.",
            "Listing open requests and recording a review are not in the document (see docs/vendor-assumptions/mykaarma.md).",
            "A 204 carries no body: HTTP does not allow one, whatever the document's schema shows.",
        ]);

    private IResult GetProfile(HttpContext http, string token)
    {
        if (!Guid.TryParseExact(token, "N", out _))
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidId, "INVALID_TOKEN", "customerProfileViewRequestToken is not valid.");
        }
        if (store.FindByToken(token) is not { } request)
        {
            return MkAnswers.NoContent();
        }
        var scheduled = request.Items.Count(i => i.Status == MkStatus.Scheduled);
        MkWireWarning[] warnings = scheduled == 0 ? [] :
            [new(MkAnswers.ItemsScheduled, "ITEMS_SCHEDULED", $"{scheduled} item(s) are scheduled and not yet sent to the customer.")];
        return MkAnswers.Ok(new MkProfileAnswer([], warnings, store.Renderer.Profile(request, MkAnswers.FileBase(http))));
    }

    /// <summary>The body is read here, not bound, so that credentials are checked before it and bad JSON gets the envelope.</summary>
    private async Task<IResult> RecordReview(
        HttpContext http, string requestUuid, string itemUuid, [FromHeader(Name = "Idempotency-Key")] string? key, CancellationToken cancellationToken)
    {
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidReview, "INVALID_BODY", "The body must be a reviews[] element as JSON.");
        }
        return _reviews.Record(key, requestUuid, itemUuid, body, MkAnswers.FileBase(http));
    }

    private IResult ListOpen(string? status, string? pageSize, string? pageToken)
    {
        if (status is not null && !string.Equals(status, "OPEN", StringComparison.OrdinalIgnoreCase))
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidQuery, "INVALID_STATUS", "Only status=OPEN is supported.");
        }
        var size = 100;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidQuery, "INVALID_PAGE_SIZE", $"pageSize must be 1 to {MaxPageSize}.");
        }
        var from = 0;
        if (pageToken is not null && !int.TryParse(pageToken, NumberStyles.None, CultureInfo.InvariantCulture, out from))
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidQuery, "INVALID_PAGE_TOKEN", "pageToken is not one this service issued.");
        }
        var (page, next) = store.Open(from, size);
        var refs = page.Select(r => new MkWireOpenRequest(store.Ids.Token(r.Index), store.Ids.Request(r.Index), MkRenderer.Instant(r.CreatedAt))).ToList();
        return MkAnswers.Ok(new MkOpenRequestsAnswer([], [], refs, next?.ToString(CultureInfo.InvariantCulture)));
    }

    private IResult GetFile(string dataUuid)
    {
        if (store.Ids.VaultDataOf(dataUuid) is not (int index, int ordinal)
            || store.Find(index) is not { } request
            || request.Items.FirstOrDefault(i => i.Ordinal == ordinal && i.Supplied && i.Type.IsFile) is not { } item)
        {
            return MkAnswers.Error(StatusCodes.Status404NotFound, MkAnswers.FileNotFound, "FILE_NOT_FOUND", "No file for that id.");
        }
        var (content, fileName) = store.Content.Document(item.Type, store.Population.Person(request.PersonIndex));
        return Results.File(content, "application/pdf", fileName);
    }
}
