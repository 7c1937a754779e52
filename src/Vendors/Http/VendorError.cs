namespace Portal.Vendors.Http;

/// <summary>A vendor's error answer as read from its own error format.</summary>
public sealed record VendorError(string Message, string? Code = null);
