namespace Portal.Features.Customers.Profile.Sources;

/// <summary>The vendor offers no way to read this one record now; the page keeps the index copy and says why.</summary>
public sealed class SourceNotReadableException(string reason) : Exception(reason);
