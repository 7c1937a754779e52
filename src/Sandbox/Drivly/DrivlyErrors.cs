using System.Text.Json.Nodes;

namespace Portal.Sandbox.Drivly;

/// <summary>Payload's error answers: {"errors":[{"message": ...}]}, with name and data for validation errors.</summary>
internal static class DrivlyErrors
{
    /// <summary>The 401 the brief fixes for a missing, wrong or expired key.</summary>
    public static IResult Unauthorized() => Errors(StatusCodes.Status401Unauthorized, "You are not allowed to perform this action.");

    public static IResult NotFound() => Errors(StatusCodes.Status404NotFound, "Not Found");

    public static IResult BadRequest(string message) => Errors(StatusCodes.Status400BadRequest, message);

    public static IResult Invalid(IReadOnlyList<(string Path, string Message)> problems) => Results.Json(new JsonObject
    {
        ["errors"] = new JsonArray(new JsonObject
        {
            ["name"] = "ValidationError",
            ["message"] = (problems.Count == 1 ? "The following field is invalid: " : "The following fields are invalid: ")
                + string.Join(", ", problems.Select(p => p.Path)),
            ["data"] = new JsonObject
            {
                ["collection"] = "customers",
                ["errors"] = new JsonArray(problems.Select(p => (JsonNode?)new JsonObject { ["path"] = p.Path, ["message"] = p.Message }).ToArray()),
            },
        }),
    }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult Errors(int status, string message) =>
        Results.Json(new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = message }) }, statusCode: status);
}
