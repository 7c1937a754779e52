using Portal.Features.Audit;

namespace Portal.Tests.Features.Audit;

/// <summary>The verifier's rules on chains built in memory (the SQLite tampering tests are in the integration tests).</summary>
public sealed class AuditChainWalkTests
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Finish_WellFormedChainMatchingHead_NoProblem()
    {
        var chain = Chain(5);

        Assert.Null(Walk(chain, Head(chain[^1])));
    }

    [Fact]
    public void Finish_HashComputedWithAnotherKey_FailsAtThatEntry()
    {
        var chain = Chain(5);
        var other = Enumerable.Repeat((byte)7, 32).ToArray();
        chain[2].Hash = AuditHasher.Compute(other, chain[2]);

        Assert.Equal(3, Walk(chain, Head(chain[^1]))?.Sequence);
    }

    [Fact]
    public void Finish_NoHeadAnchor_ReportsTheMissingAnchor()
    {
        var problem = Walk(Chain(3), head: null);

        Assert.Null(problem?.Sequence);
        Assert.Contains("head anchor", problem?.Text);
    }

    [Fact]
    public void Finish_EmptyChainWithoutHead_NoProblem() => Assert.Null(Walk([], head: null));

    [Fact]
    public void Finish_PrefixRemovedAndVouchedByCheckpoint_NoProblem()
    {
        var chain = Chain(6);
        var checkpoint = AuditCheckpoint.Create(new AuditRemovedRange(1, 3, chain[2].Hash), DateTime.UtcNow);
        var kept = Append(chain, checkpoint)[3..];

        Assert.Null(Walk(kept, Head(kept[^1])));
    }

    [Fact]
    public void Finish_CheckpointVouchesForFewerThanRemoved_FailsAtFirstUnvouched()
    {
        var chain = Chain(6);
        var checkpoint = AuditCheckpoint.Create(new AuditRemovedRange(1, 2, chain[1].Hash), DateTime.UtcNow);
        var kept = Append(chain, checkpoint)[4..];

        Assert.Equal(3, Walk(kept, Head(kept[^1]))?.Sequence);
    }

    [Fact]
    public void Canonical_NullAndEmptyText_Differ()
    {
        var a = Entry(1, AuditHasher.Genesis);
        var b = Entry(1, AuditHasher.Genesis);
        a.Reason = null;
        b.Reason = "";

        Assert.NotEqual(AuditHasher.Compute(Key, a), AuditHasher.Compute(Key, b));
    }

    [Fact]
    public void FormatTime_UnspecifiedKindFromSqlite_IsIsoUtcWithSevenDigits() =>
        Assert.Equal("2026-01-02T03:04:05.0000007Z", AuditHasher.FormatTime(new DateTime(2026, 1, 2, 3, 4, 5).AddTicks(7)));

    [Fact]
    public void Compute_KnownEntry_MatchesTheStoredFormat()
    {
        // Pinned: a change to the canonical text would make every stored entry fail verification.
        var entry = Entry(1, AuditHasher.Genesis);

        Assert.Equal(
            "8:audit-v1;1:1;28:2026-01-01T00:00:01.0000000Z;2:u1;4:Test;0:;~;15:customer.viewed;~;~;~;9:Succeeded;~;~;~;~;~;~;64:" + AuditHasher.Genesis + ";",
            AuditHasher.Canonical(entry));
    }

    private static AuditProblem? Walk(IReadOnlyList<AuditEntry> chain, AuditHead? head)
    {
        using var walk = new AuditChainWalk(Key, head);
        foreach (var entry in chain)
        {
            walk.Add(entry);
        }
        return walk.Finish();
    }

    private static AuditHead Head(AuditEntry last) => new(last.Sequence, last.Hash);

    private static List<AuditEntry> Chain(int count)
    {
        var chain = new List<AuditEntry>();
        for (var i = 1; i <= count; i++)
        {
            chain.Add(Entry(i, chain.Count == 0 ? AuditHasher.Genesis : chain[^1].Hash));
        }
        return chain;
    }

    private static List<AuditEntry> Append(List<AuditEntry> chain, AuditEntry next)
    {
        next.Sequence = chain[^1].Sequence + 1;
        next.PreviousHash = chain[^1].Hash;
        next.Hash = AuditHasher.Compute(Key, next);
        return [.. chain, next];
    }

    private static AuditEntry Entry(long sequence, string previous)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            TimestampUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(sequence),
            ActorId = "u1",
            ActorName = "Test",
            Action = AuditActions.CustomerViewed,
            PreviousHash = previous,
        };
        entry.Hash = AuditHasher.Compute(Key, entry);
        return entry;
    }
}
