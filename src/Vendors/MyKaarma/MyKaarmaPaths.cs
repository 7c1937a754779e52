namespace Portal.Vendors.MyKaarma;

/// <summary>
/// myKaarma paths relative to the connection's base URL. The document names the operation and its path parameters but
/// not the path; ours is recorded in docs/vendor-assumptions/mykaarma.md.
/// </summary>
public static class MyKaarmaPaths
{
    public const int DefaultPageSize = 100;

    public static string ProfileData(string department, string token) =>
        $"{Department(department)}profileViewRequest/{Uri.EscapeDataString(token)}/profileData";

    public static string OpenRequests(string department, int pageSize, string? pageToken) =>
        $"{Department(department)}profileViewRequest?status=OPEN&pageSize={pageSize}"
        + (pageToken is null ? "" : "&pageToken=" + Uri.EscapeDataString(pageToken));

    public static string Review(string department, string requestUuid, string itemUuid) =>
        $"{Department(department)}vaultDataRequest/{Uri.EscapeDataString(requestUuid)}/item/{Uri.EscapeDataString(itemUuid)}/review";

    private static string Department(string department) => $"customer/v2/department/{Uri.EscapeDataString(department)}/";
}
