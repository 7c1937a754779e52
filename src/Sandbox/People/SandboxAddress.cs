namespace Portal.Sandbox.People;

/// <summary>A US postal address; <paramref name="State"/> is the two-letter code, <paramref name="Country"/> "US".</summary>
public sealed record SandboxAddress(string Line1, string? Line2, string City, string State, string PostalCode, string Country);
