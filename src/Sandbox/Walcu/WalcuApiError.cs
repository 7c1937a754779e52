namespace Portal.Sandbox.Walcu;

/// <summary>
/// An error answer in the shape chosen for Walcu (the document shows none): <c>{"status":409,"code":"conflict",
/// "message":"..."}</c>. Thrown anywhere in the emulator and turned into the answer by the endpoint.
/// </summary>
public sealed class WalcuApiError(int status, string code, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;

    public IResult ToResult() => Results.Json(new { status = Status, code = Code, message = Message }, statusCode: Status);

    public static WalcuApiError BadRequest(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);

    public static WalcuApiError Unprocessable(string code, string message) => new(StatusCodes.Status422UnprocessableEntity, code, message);

    public static WalcuApiError NotFound(string collection, string id) => new(StatusCodes.Status404NotFound, "not_found", $"No {collection} record with _id '{id}'.");

    public static WalcuApiError Conflict(string message) => new(StatusCodes.Status409Conflict, "conflict", message);
}
