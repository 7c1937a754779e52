namespace Portal.Sandbox.People;

/// <summary>A driver's licence issued by <paramref name="State"/>; some have expired, as real ones do.</summary>
public sealed record SandboxLicence(string Number, string State, DateOnly Expiry);
