using Portal.Features.Connections;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>What a run hands a source: the connection, where the last run stopped, and the batch size.</summary>
public sealed record SyncContext(ResolvedConnection Connection, string? Checkpoint, int BatchSize)
{
    public int ConnectionId => Connection.Connection.Id;
}

/// <summary>
/// Records to upsert and vendor records that are gone, with the cursor to store once they are committed. Errors counts
/// vendor records that could not be used (no id). Progress is 0..1 when the source can estimate it.
/// </summary>
public sealed record SyncBatch(IReadOnlyList<CustomerRecord> Records, string Checkpoint)
{
    public IReadOnlyList<SourceRef> Deleted { get; init; } = [];

    public int Read { get; init; } = -1;

    public int Errors { get; init; }

    public double? Progress { get; init; }

    /// <summary>Vendor records read for this batch (the records plus those that could not be used, unless told).</summary>
    public int ReadCount => Read >= 0 ? Read : Records.Count + Errors;
}

/// <summary>One vendor's way of reading what changed since a checkpoint, as batches in commit order.</summary>
public interface ISyncSource
{
    VendorKind Vendor { get; }

    IAsyncEnumerable<SyncBatch> ReadAsync(SyncContext context, CancellationToken ct);
}
