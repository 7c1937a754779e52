using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>The outcome of walking the chain: intact or the first failing entry, with the count and time taken.</summary>
public sealed record AuditVerification(bool Intact, long Count, TimeSpan Elapsed, AuditProblem? Problem)
{
    /// <summary>One line, as the command prints it and the page shows it.</summary>
    public string Summary => Intact
        ? $"Audit chain intact: {Count:N0} entries verified in {Elapsed.TotalSeconds:0.00} s."
        : $"Audit chain BROKEN at {(Problem?.Sequence is { } s ? $"entry {s:N0}" : "its head")}: {Problem?.Text} ({Count:N0} entries read in {Elapsed.TotalSeconds:0.00} s.)";
}

/// <summary>
/// Walks the whole chain against the key and the head anchor (read first, so the database snapshot the walk reads
/// holds at least the entries the head names, even while the writer keeps appending).
/// </summary>
public sealed class AuditVerifier(IDbContextFactory<PortalDbContext> dbFactory, AuditKeyFiles files)
{
    private const int ProgressEvery = 10_000;

    /// <summary>
    /// Runs off the caller's thread, reading synchronously: SQLite's async calls are synchronous anyway, and async
    /// enumeration measured twice as slow per entry.
    /// </summary>
    public Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Walk(progress, cancellationToken), cancellationToken);

    private AuditVerification Walk(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        if (!files.KeyExists)
        {
            return new AuditVerification(false, 0, watch.Elapsed, new AuditProblem(null, $"The HMAC key file {files.KeyFile} is missing."));
        }
        AuditHead? head;
        try
        {
            head = files.ReadHead();
        }
        catch (InvalidDataException ex)
        {
            return new AuditVerification(false, 0, watch.Elapsed, new AuditProblem(null, ex.Message));
        }
        using var walk = new AuditChainWalk(files.Key, head);
        using var db = dbFactory.CreateDbContext();
        foreach (var entry in db.AuditEntries().AsNoTracking().OrderBy(e => e.Sequence).AsEnumerable())
        {
            walk.Add(entry);
            if (walk.Count % ProgressEvery == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(walk.Count);
            }
        }
        var problem = walk.Finish();
        return new AuditVerification(problem is null, walk.Count, watch.Elapsed, problem);
    }
}
