using System.Text.Json.Serialization;

namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// SANDBOX-ONLY controls, not part of myKaarma's API: create a view request with chosen items (e.g. fresh
/// PENDING_APPROVAL ones for a test), set an item's status as if the customer had acted, and list every review call
/// received (to prove a review was recorded exactly once). No credentials needed.
/// </summary>
internal static class MkControls
{
    public static IReadOnlyList<string> Endpoints { get; } =
    [
        $"POST {MyKaarmaSandbox.ControlPath}/profileViewRequest (sandbox only: {{personIndex?, requestedByUserUuid?, items:[{{type, status, approvalNeeded?, required?}}]}})",
        $"PUT {MyKaarmaSandbox.ControlPath}/vaultDataRequest/{{vaultDataRequestUUID}}/item/{{uuid}} (sandbox only: {{status}})",
        $"GET {MyKaarmaSandbox.ControlPath}/reviews (sandbox only: every review call received)",
    ];

    public static void Map(RouteGroupBuilder controls, MyKaarmaStore store, MkReviewRecorder reviews)
    {
        controls.MapPost("profileViewRequest", (HttpContext http, NewRequest body) => Create(http, store, body));
        controls.MapPut("vaultDataRequest/{requestUuid}/item/{itemUuid}", (HttpContext http, string requestUuid, string itemUuid, NewStatus body) =>
            SetStatus(http, store, requestUuid, itemUuid, body.Status));
        controls.MapGet("reviews", () => Results.Json(reviews.Received, MkJson.Options));
    }

    private static IResult Create(HttpContext http, MyKaarmaStore store, NewRequest body)
    {
        var items = body.Items ?? [new NewItem("PROOF_OF_INCOME", MkStatus.PendingApproval, null, null)];
        var person = body.PersonIndex is { } p
            ? (p >= 0 && p < store.Population.Size && store.Population.Holds(p, People.SandboxVendor.MyKaarma) ? p : null)
            : store.HeldPerson(0);
        var requester = body.RequestedByUserUuid is null ? MyKaarmaAssociates.Riley : MyKaarmaAssociates.Find(body.RequestedByUserUuid);
        var types = items.Select(i => MyKaarmaDocumentTypes.Find(i.Type)).ToList();
        if (person is null || requester is null || items.Count is 0 or > MkIds.MaxItems || types.Contains(null)
            || items.Any(i => !MkStatus.ItemStatuses.Contains(i.Status ?? "")))
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidId, "INVALID_SANDBOX_REQUEST",
                "Need a person myKaarma holds, a known requester, and 1 to 9 items with known types and statuses.");
        }
        var vehicles = store.Population.Person(person.Value).Vehicles.Count;
        var request = store.Add(index => new MkRequest(index, person.Value, DateTimeOffset.UtcNow, requester, vehicles == 0 ? null : 0,
            items.Select((item, k) => new MkItem(k, types[k] ?? MyKaarmaDocumentTypes.All[0], item.Status ?? "", item.Required ?? true,
                item.ApprovalNeeded ?? true, [])).ToList()));
        return Results.Json(new Created(store.Ids.Token(request.Index), store.Renderer.Profile(request, MkAnswers.FileBase(http))),
            MkJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static IResult SetStatus(HttpContext http, MyKaarmaStore store, string requestUuid, string itemUuid, string? status)
    {
        lock (store.Writes)
        {
            if (store.Ids.RequestIndex(requestUuid) is not { } index || store.Find(index) is not { } request
                || store.Ids.ItemOf(itemUuid) is not (int itemIndex, int ordinal) || itemIndex != index
                || request.Items.FirstOrDefault(i => i.Ordinal == ordinal) is not { } item || !MkStatus.ItemStatuses.Contains(status ?? ""))
            {
                return MkAnswers.BadRequest(MkAnswers.InvalidId, "INVALID_SANDBOX_CHANGE", "Unknown item, or a status myKaarma does not have.");
            }
            var changed = item with { Status = status ?? item.Status };
            var saved = request.With(changed);
            store.Save(saved);
            return MkAnswers.Ok(store.Renderer.Item(saved, store.Population.Person(saved.PersonIndex), changed, MkAnswers.FileBase(http)));
        }
    }

    internal sealed record NewRequest(int? PersonIndex, string? RequestedByUserUuid, IReadOnlyList<NewItem>? Items);

    internal sealed record NewItem(string? Type, string? Status, bool? ApprovalNeeded, bool? Required);

    internal sealed record NewStatus(string? Status);

    private sealed record Created(
        string CustomerProfileViewRequestToken,
        [property: JsonPropertyName("customerProfileDataRequestDTO")] MkWireProfile CustomerProfileDataRequestDto);
}
