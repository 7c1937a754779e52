namespace Portal.Features.Customers.Sync;

/// <summary>Customers:Sync settings.</summary>
public sealed class SyncOptions
{
    public const string Section = "Customers:Sync";

    /// <summary>Scheduled runs on/off. "Sync now" (<see cref="ISyncService.RequestSync"/>) works either way.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The first scheduled run comes this long after start, once start-up work has settled.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Records written (and checkpointed) per batch.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How many connections sync at once (the machine has two cores; SQLite has one writer).</summary>
    public int MaxParallelRuns { get; set; } = 2;

    /// <summary>How often a connection whose vendor lists no deletions (Walcu) sweeps every id to find them; the first
    /// run after start always does.</summary>
    public TimeSpan DeletionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
