namespace Portal.Features.Audit;

/// <summary>What the writer's queue carries: entries to append, or a retention run (so that too keeps chain order).</summary>
internal abstract record AuditWork;

internal sealed record AppendWork(AuditEntry Entry) : AuditWork
{
    /// <summary>Completed with the entry's sequence once its transaction has committed.</summary>
    public TaskCompletionSource<long> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed record RetentionWork(DateTime CutoffUtc, int MaxEntries) : AuditWork
{
    public TaskCompletionSource<AuditRetentionResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>What one retention step removed (null range: nothing had expired).</summary>
public sealed record AuditRetentionResult(AuditRemovedRange? Removed, long? CheckpointSequence);
