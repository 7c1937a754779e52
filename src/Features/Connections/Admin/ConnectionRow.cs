using Portal.Vendors;

namespace Portal.Features.Connections.Admin;

/// <summary>
/// A connection as the admin page shows it: the non-secret settings, and only the names of the stored credentials
/// (their values never leave the server).
/// </summary>
public sealed record ConnectionRow(
    int Id, VendorKind Vendor, string Name, int DealershipId, string DealershipName, string BaseUrl, bool Enabled,
    string? ConfigKey, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<string> SecretNames, DateTimeOffset UpdatedUtc)
{
    /// <summary>Declared in configuration (Connections:&lt;key&gt;): the next start re-applies that declaration.</summary>
    public bool FromConfiguration => ConfigKey is not null;
}

/// <summary>What deleting a connection would touch, told to the admin before they confirm.</summary>
public sealed record ConnectionDependents(int IndexedCustomers, int People, int SyncRuns, bool HasCheckpoint, bool SyncActive)
{
    public string Describe() =>
        $"{IndexedCustomers} indexed customer record(s) of {People} person(s) leave search (kept as deleted history), " +
        $"{SyncRuns} sync run(s) stay in the history{(HasCheckpoint ? ", and the sync checkpoint is removed" : "")}. " +
        "Data requests and orders are read live from the vendor and are no longer reachable through this connection.";
}
