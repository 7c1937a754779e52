using Portal.Vendors;

namespace Portal.Features.Customers.Sync;

/// <summary>Running until it ends; Interrupted when the portal stopped during the run (found at the next start).</summary>
public enum SyncRunStatus { Running, Succeeded, Failed, Cancelled, Interrupted }

/// <summary>One sync run of one connection, kept as history (also after the connection is deleted).</summary>
public sealed class SyncRun
{
    public long Id { get; set; }

    public int ConnectionId { get; set; }

    public int DealershipId { get; set; }

    public VendorKind Vendor { get; set; }

    /// <summary>"schedule" or "manual".</summary>
    public required string Trigger { get; set; }

    public DateTimeOffset StartedUtc { get; set; }

    public DateTimeOffset? EndedUtc { get; set; }

    public SyncRunStatus Status { get; set; }

    /// <summary>Vendor records read.</summary>
    public int Read { get; set; }

    /// <summary>Index rows added, changed or marked deleted.</summary>
    public int Written { get; set; }

    /// <summary>Vendor records that could not be used, plus the failure that ended the run.</summary>
    public int Errors { get; set; }

    /// <summary>A presentable reason (the vendor's message), never PII or secrets.</summary>
    public string? LastError { get; set; }
}

/// <summary>Where a connection's sync resumes: an opaque cursor its source understands (a time, an offset...).</summary>
public sealed class SyncCheckpoint
{
    public int ConnectionId { get; set; }

    public string Cursor { get; set; } = "";

    public DateTimeOffset UpdatedUtc { get; set; }
}
