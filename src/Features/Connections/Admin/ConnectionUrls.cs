namespace Portal.Features.Connections.Admin;

/// <summary>Base and token URLs: absolute http(s), or "{self}/..." for the emulators the portal serves itself.</summary>
public static class ConnectionUrls
{
    public const string Pattern = @"^(https?://[^\s/?#]+|\{self\})(/[^\s]*)?$";

    public const string Message = "Enter an http(s) URL, or {self}/... for the portal's own sandbox.";

    public static bool IsValid(string? url) =>
        !string.IsNullOrWhiteSpace(url) && System.Text.RegularExpressions.Regex.IsMatch(url.Trim(), Pattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase)
        && (url.Trim().StartsWith(Hosting.SelfAddress.Token, StringComparison.OrdinalIgnoreCase) || Uri.TryCreate(url.Trim(), UriKind.Absolute, out _));
}
