using System.Globalization;

namespace Portal.Features.Audit;

/// <summary>The range a retention run removed, and the hash of its last entry, which the first kept entry links to.</summary>
public sealed record AuditRemovedRange(long FromSequence, long ThroughSequence, string ThroughHash);

/// <summary>
/// The entry retention writes after removing expired entries. It is chained and hashed like any other entry, and
/// carries the removed range in its changes, so the verifier can accept a chain that starts after entry 1 only
/// where a checkpoint vouches for exactly the entries that are gone.
/// </summary>
public static class AuditCheckpoint
{
    private const string From = "removedFromSequence";
    private const string Through = "removedThroughSequence";
    private const string ThroughHash = "removedThroughHash";

    public static AuditEntry Create(AuditRemovedRange range, DateTime cutoffUtc) => new()
    {
        ActorId = AuditActor.SystemId,
        ActorName = AuditActor.System.DisplayName,
        Action = AuditActions.AuditRetention,
        Outcome = AuditOutcome.Succeeded,
        TargetType = AuditTargetTypes.AuditLog,
        TargetId = $"{range.FromSequence}-{range.ThroughSequence}",
        Detail = $"Removed entries {range.FromSequence}–{range.ThroughSequence} " +
            $"({range.ThroughSequence - range.FromSequence + 1} entries older than {AuditHasher.FormatTime(cutoffUtc)}).",
        Changes = AuditChanges.Serialize(
        [
            new(From, null, range.FromSequence.ToString(CultureInfo.InvariantCulture)),
            new(Through, null, range.ThroughSequence.ToString(CultureInfo.InvariantCulture)),
            new(ThroughHash, null, range.ThroughHash),
        ]),
    };

    /// <summary>The range a checkpoint entry vouches for; null for any other entry.</summary>
    public static AuditRemovedRange? TryRead(AuditEntry entry)
    {
        if (entry.Action != AuditActions.AuditRetention)
        {
            return null;
        }
        var values = AuditChanges.Deserialize(entry.Changes).DistinctBy(c => c.Field).ToDictionary(c => c.Field, c => c.After, StringComparer.Ordinal);
        return values.GetValueOrDefault(From) is { } from && long.TryParse(from, CultureInfo.InvariantCulture, out var first)
            && values.GetValueOrDefault(Through) is { } through && long.TryParse(through, CultureInfo.InvariantCulture, out var last)
            && values.GetValueOrDefault(ThroughHash) is { Length: > 0 } hash
                ? new AuditRemovedRange(first, last, hash)
                : null;
    }
}
