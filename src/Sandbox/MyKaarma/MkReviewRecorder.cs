using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Portal.Sandbox.MyKaarma;

/// <summary>A review call as the emulator received it; tests read these at GET /sandbox/mykaarma/_sandbox/reviews.</summary>
internal sealed record MkReceivedReview(
    DateTimeOffset ReceivedAt, string IdempotencyKey, string RequestUuid, string ItemUuid, string? ReviewStatus,
    string? ReviewerUserUuid, bool Recorded, bool Replayed, int StatusCode);

/// <summary>
/// Records reviews (assumption: body = a reviews[] element, Idempotency-Key header). A key already answered gets
/// the same answer again and records nothing; the same key with a different body is refused. Only successful
/// answers are remembered, so a refused call may be corrected and sent again with its key.
/// </summary>
internal sealed class MkReviewRecorder(MyKaarmaStore store)
{
    private readonly ConcurrentDictionary<string, (string Fingerprint, string Answer)> _answered = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<MkReceivedReview> _received = new();

    public IReadOnlyList<MkReceivedReview> Received => _received.ToArray();

    public IResult Record(string? key, string requestUuid, string itemUuid, JsonElement body, string fileBase)
    {
        var review = MkReviewInput.From(body);
        lock (store.Writes)
        {
            var (result, recorded, replayed) = Decide(key, requestUuid, itemUuid, body, review, fileBase);
            var status = result is IStatusCodeHttpResult { StatusCode: { } s } ? s : StatusCodes.Status200OK;
            _received.Enqueue(new MkReceivedReview(DateTimeOffset.UtcNow, key ?? "", requestUuid, itemUuid, review.Status,
                review.ReviewerUserUuid, recorded, replayed, status));
            return result;
        }
    }

    private (IResult Result, bool Recorded, bool Replayed) Decide(
        string? key, string requestUuid, string itemUuid, JsonElement body, MkReviewInput review, string fileBase)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return (MkAnswers.BadRequest(MkAnswers.IdempotencyKey, "IDEMPOTENCY_KEY_REQUIRED", "An Idempotency-Key header is required."), false, false);
        }
        var fingerprint = $"{requestUuid}|{itemUuid}|{JsonSerializer.Serialize(body)}";
        if (_answered.TryGetValue(key, out var earlier))
        {
            return earlier.Fingerprint == fingerprint
                ? (Results.Text(earlier.Answer, "application/json"), false, true)
                : (MkAnswers.BadRequest(MkAnswers.IdempotencyKey, "IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was already used with a different request."), false, false);
        }
        var request = store.Ids.RequestIndex(requestUuid) is { } index ? store.Find(index) : null;
        var item = request is not null && store.Ids.ItemOf(itemUuid) is (int itemIndex, int ordinal) && itemIndex == request.Index
            ? request.Items.FirstOrDefault(i => i.Ordinal == ordinal)
            : null;
        if (request is null || item is null)
        {
            return (MkAnswers.BadRequest(MkAnswers.InvalidId, "INVALID_ITEM", "No such vault data request item."), false, false);
        }
        if (review.Problem(item) is { } refusal)
        {
            return (refusal, false, false);
        }
        var reviewer = MyKaarmaAssociates.Find(review.ReviewerUserUuid);
        var recorded = new MkReview(review.Status ?? "", reviewer?.UserUuid ?? "", review.ReviewerName ?? reviewer?.Name ?? "",
            review.Reason, review.At ?? DateTimeOffset.UtcNow);
        var changed = item with { Status = MkStatus.After(recorded.Status), Reviews = [.. item.Reviews, recorded] };
        var saved = request.With(changed);
        store.Save(saved);
        var person = store.Population.Person(saved.PersonIndex);
        var answer = JsonSerializer.Serialize(new MkReviewAnswer([], [], store.Renderer.Item(saved, person, changed, fileBase)), MkJson.Options);
        _answered[key] = (fingerprint, answer);
        return (Results.Text(answer, "application/json"), true, false);
    }
}

/// <summary>The review body as sent, and what is wrong with it for an item.</summary>
internal sealed record MkReviewInput(string? Status, string? ReviewerUserUuid, string? ReviewerName, string? Reason, string? AtText)
{
    public DateTimeOffset? At =>
        DateTimeOffset.TryParse(AtText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    public static MkReviewInput From(JsonElement body) => body.ValueKind == JsonValueKind.Object
        ? new(Text(body, "reviewStatus"), Text(body, "reviewerUserUuid"), Text(body, "reviewerName"), Text(body, "reason"), Text(body, "reviewedAtDateTime"))
        : new(null, null, null, null, null);

    public IResult? Problem(MkItem item)
    {
        if (Status is null || !MkStatus.ReviewStatuses.Contains(Status))
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidReview, "INVALID_REVIEW_STATUS", "reviewStatus must be APPROVED, DECLINED or REQUESTED_AGAIN.");
        }
        if (Status != MkStatus.Approved && string.IsNullOrWhiteSpace(Reason))
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidReview, "REASON_REQUIRED", "A reason is required to decline or request again.");
        }
        if (AtText is not null && At is null)
        {
            return MkAnswers.BadRequest(MkAnswers.InvalidReview, "INVALID_REVIEWED_AT", "reviewedAtDateTime is not an ISO 8601 date-time.");
        }
        if (MyKaarmaAssociates.Find(ReviewerUserUuid) is not { } reviewer || !item.ApprovalNeeded || !item.Type.IsValidApprover(reviewer))
        {
            return MkAnswers.BadRequest(MkAnswers.ReviewerNotAuthorised, "REVIEWER_NOT_AUTHORIZED", "The reviewer has no approval authority for this item.");
        }
        return item.Status == MkStatus.PendingApproval
            ? null
            : MkAnswers.BadRequest(MkAnswers.NotAwaitingApproval, "ITEM_NOT_PENDING_APPROVAL", $"The item is {item.Status}, not PENDING_APPROVAL.");
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
