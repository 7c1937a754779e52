namespace Portal.Features.Customers.Sync;

/// <summary>
/// The sync's leases (Portal.Data.Leases) when several instances share the database: the schedule is kept by one
/// instance, and each connection's run, scheduled or "Sync now" on any instance, holds its own lease while it runs.
/// </summary>
public static class SyncLeases
{
    public const string Schedule = "sync:schedule";

    public const string ConnectionPrefix = "sync:connection:";

    public static string Connection(int connectionId) => ConnectionPrefix + connectionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The connection ids among held lease names.</summary>
    public static IReadOnlySet<int> ConnectionIds(IEnumerable<string> names) =>
        names.Select(n => int.TryParse(n.AsSpan(ConnectionPrefix.Length), out var id) ? id : 0).Where(id => id > 0).ToHashSet();
}
