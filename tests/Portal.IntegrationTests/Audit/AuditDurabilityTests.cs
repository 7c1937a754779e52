using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>The one writer under concurrent callers, and a writer process killed mid-stream.</summary>
public sealed class AuditDurabilityTests
{
    [Fact]
    public async Task Append_EightConcurrentWritersOfAThousand_ChainIntactAndInCallOrder()
    {
        await using var store = await AuditTestStore.CreateAsync();
        const int writers = 8, each = 1000;

        var sequences = await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(() => store.AppendAsync(each))));

        var result = await store.VerifyAsync();
        Assert.True(result.Intact, result.Summary);
        Assert.Equal(writers * each, result.Count);
        // Every entry got its own sequence, 1..8000 with no gap, and each caller's entries kept the caller's order.
        Assert.Equal(Enumerable.Range(1, writers * each).Select(i => (long)i), sequences.SelectMany(s => s).Order());
        Assert.All(sequences, s => Assert.Equal(s.Order(), s));
    }

    [Fact]
    public async Task Append_ProcessKilledWhileWriting_ChainVerifiesAndKeepsEveryAcknowledgedEntry()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-tests", "audit-kill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var acknowledged = await RunWriterAndKillAsync(folder, killAfterAcks: 400);

        await using var store = await AuditTestStore.CreateAsync(folder);
        var result = await store.VerifyAsync();

        Assert.True(result.Intact, result.Summary);
        Assert.True(acknowledged.Count >= 400);
        Assert.True(result.Count >= acknowledged.Max(), $"{result.Count} entries, but {acknowledged.Max()} was acknowledged");
    }

    /// <summary>Runs `Portal audit selftest-write` (8 concurrent writers) and kills it once it has acknowledged enough.</summary>
    private static async Task<List<long>> RunWriterAndKillAsync(string folder, int killAfterAcks)
    {
        using var process = PortalProcess.Start(folder, ["audit", "selftest-write", "1000000", .. AuditTestStore.Arguments(folder)]);
        var acknowledged = new List<long>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (acknowledged.Count < killAfterAcks && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    acknowledged.Add(long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        Assert.True(acknowledged.Count >= killAfterAcks, "The writer stopped early: " + await process.StandardError.ReadToEndAsync());
        return acknowledged;
    }
}
