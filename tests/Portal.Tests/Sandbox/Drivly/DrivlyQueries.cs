using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Sandbox.Drivly;

namespace Portal.Tests.Sandbox.Drivly;

/// <summary>Builds the emulator's parsed requests from query strings, as the endpoints receive them.</summary>
internal static class DrivlyQueries
{
    public static IQueryCollection Query(string query) => new QueryCollection(QueryHelpers.ParseQuery(query));

    public static DrivlyListRequest Customers(string query) =>
        DrivlyListRequest.Parse(Query(query), DrivlyCustomerRow.IsKnownPath, "-createdAt").Request
            ?? throw new InvalidOperationException($"Not a valid query: {query}");
}
