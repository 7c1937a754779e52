using System.Globalization;
using System.Runtime.CompilerServices;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Sync.Sources;

/// <summary>
/// Batches a vendor's "modified since" feed (oldest change first). The checkpoint is the latest modification time
/// committed: the next run asks again from that instant (at or after), so records sharing it are read twice at
/// worst, which the idempotent writer turns into no write at all.
/// </summary>
public static class ChangeFeed
{
    /// <summary>Where a feed starts when the connection was never synced.</summary>
    public static DateTimeOffset Beginning { get; } = DateTimeOffset.UnixEpoch;

    public static DateTimeOffset Since(string? checkpoint) =>
        long.TryParse(checkpoint, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
        && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : Beginning;

    /// <summary>Batches of mapped records; a null record (no id) counts as an error.</summary>
    public static async IAsyncEnumerable<SyncBatch> BatchAsync(
        IAsyncEnumerable<CustomerRecord?> records, DateTimeOffset since, DateTimeOffset now, int batchSize,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var batch = new List<CustomerRecord>(batchSize);
        var (errors, latest, origin) = (0, since, since);
        await foreach (var record in records.WithCancellation(ct))
        {
            if (record is null)
            {
                errors++;
                continue;
            }
            batch.Add(record);
            if (record.LastModifiedUtc is { } modified && modified > latest)
            {
                // A first run starts at 1970: measure progress from the oldest record instead.
                (latest, origin) = (modified, origin == Beginning ? modified : origin);
            }
            if (batch.Count >= batchSize)
            {
                yield return Batch(batch, errors, origin, latest, now);
                (batch, errors) = (new List<CustomerRecord>(batchSize), 0);
            }
        }
        yield return Batch(batch, errors, origin, latest, now) with { Progress = 1 };
    }

    private static SyncBatch Batch(List<CustomerRecord> records, int errors, DateTimeOffset origin, DateTimeOffset latest, DateTimeOffset now) =>
        new(records, latest.UtcTicks.ToString(CultureInfo.InvariantCulture))
        {
            Errors = errors,
            // How much of the time window is read: a fair progress bar for a feed ordered by time.
            Progress = now > origin ? Math.Clamp((latest - origin) / (now - origin), 0, 1) : null,
        };
}
