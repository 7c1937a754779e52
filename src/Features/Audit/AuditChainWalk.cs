namespace Portal.Features.Audit;

/// <summary>A verification finding: the first entry that fails (null when the problem is not an entry's).</summary>
public sealed record AuditProblem(long? Sequence, string Text);

/// <summary>
/// Checks a chain fed in sequence order, keeping only the first (lowest) problem: each entry's HMAC over its own
/// content (edited or forged rows), its sequence following the previous one (deleted rows), its link to the
/// previous entry's hash (inserted, reordered or swapped rows), how the chain starts (entry 1, or a retention
/// checkpoint vouching for the removed prefix) and how it ends (the head anchor kept outside the database).
/// </summary>
internal sealed class AuditChainWalk(byte[] key, AuditHead? head) : IDisposable
{
    private readonly AuditHasher _hasher = new(key);
    private readonly List<AuditRemovedRange> _checkpoints = [];
    private AuditProblem? _first;
    private AuditEntry? _start;
    private long _lastSequence;
    private string? _lastHash;
    private string? _hashAtHead;

    public long Count { get; private set; }

    public void Add(AuditEntry entry)
    {
        Count++;
        var sequence = entry.Sequence;
        if (_lastHash is null)
        {
            _start = entry;
        }
        else if (sequence != _lastSequence + 1)
        {
            Report(_lastSequence + 1, sequence == _lastSequence + 2
                ? $"Entry {_lastSequence + 1} is missing."
                : $"Entries {_lastSequence + 1}–{sequence - 1} are missing.");
        }
        else if (entry.PreviousHash != _lastHash)
        {
            Report(sequence, $"Entry {sequence} does not link to entry {_lastSequence} (inserted, moved or reordered).");
        }
        if (!string.Equals(_hasher.Compute(entry), entry.Hash, StringComparison.Ordinal))
        {
            Report(sequence, $"Entry {sequence} was altered or forged: its hash does not match its content.");
        }
        if (AuditCheckpoint.TryRead(entry) is { } range)
        {
            _checkpoints.Add(range);
        }
        if (head is not null && sequence == head.Sequence)
        {
            _hashAtHead = entry.Hash;
        }
        _lastSequence = sequence;
        _lastHash = entry.Hash;
    }

    public void Dispose() => _hasher.Dispose();

    /// <summary>The first problem, or null when the chain is intact.</summary>
    public AuditProblem? Finish()
    {
        CheckStart();
        CheckEnd();
        return _first;
    }

    private void CheckStart()
    {
        if (_start is null)
        {
            return;
        }
        if (_start.Sequence == 1)
        {
            if (_start.PreviousHash != AuditHasher.Genesis)
            {
                Report(1, "Entry 1 does not start the chain (its previous hash is not the genesis value).");
            }
            return;
        }
        // A chain may start later only where retention removed exactly the entries before it.
        if (_checkpoints.Any(c => c.ThroughSequence == _start.Sequence - 1 && c.ThroughHash == _start.PreviousHash))
        {
            return;
        }
        var vouched = _checkpoints.Where(c => c.ThroughSequence < _start.Sequence).Select(c => c.ThroughSequence).DefaultIfEmpty(0).Max();
        Report(vouched + 1, vouched + 1 == _start.Sequence - 1
            ? $"Entry {vouched + 1} is missing (removed without a retention checkpoint)."
            : $"Entries {vouched + 1}–{_start.Sequence - 1} are missing (removed without a retention checkpoint).");
    }

    private void CheckEnd()
    {
        if (head is null)
        {
            if (Count > 0)
            {
                Report(null, "The head anchor file is missing, so entries cut off the end would not show.");
            }
            return;
        }
        if (head.Sequence > _lastSequence)
        {
            Report(_lastSequence + 1, $"Entries {_lastSequence + 1}–{head.Sequence} are missing: the chain ends at {_lastSequence}, its head anchor at {head.Sequence}.");
        }
        else if (_hashAtHead is not null && _hashAtHead != head.Hash)
        {
            Report(head.Sequence, $"Entry {head.Sequence} differs from the head anchor kept outside the database.");
        }
    }

    private void Report(long? sequence, string text)
    {
        // Entry problems outrank problems with no entry; among entries the lowest sequence is the first failure.
        if (_first is null || (sequence is not null && (_first.Sequence is null || sequence < _first.Sequence)))
        {
            _first = new AuditProblem(sequence, text);
        }
    }
}
