using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Hosting;

namespace Portal.Features.Audit;

/// <summary>
/// GET /audit/export?{filter}: the filter's entries as CSV, newest first, streamed in keyset batches so a large
/// export never sits in memory. Values are as stored (changes already masked); cells that a spreadsheet would run
/// as formulas are escaped. The export is recorded before the first byte is sent.
/// </summary>
internal static class AuditExportEndpoint
{
    private const int Batch = 1000;

    public static async Task HandleAsync(HttpContext context, IAuditLog audit, IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
    {
        var cancellationToken = context.RequestAborted;
        if (AuditFilter.FromQuery(context.Request.Query) is not { } filter)
        {
            await CsvDownload.RefuseFilterAsync(context);
            return;
        }
        await audit.RecordAsync(new AuditEvent(AuditActions.AuditExported)
        {
            Target = new AuditTarget(AuditTargetTypes.AuditLog, "csv"),
            Detail = filter.Describe(),
        }, cancellationToken);
        await using var csv = CsvDownload.Start(context, "audit-log", clock, AuditCsv.Header);
        long? before = null;
        while (await ReadBatchAsync(dbFactory, filter, before, cancellationToken) is { Count: > 0 } entries)
        {
            foreach (var entry in entries)
            {
                await csv.WriteRecordAsync(AuditCsv.Fields(entry), cancellationToken);
            }
            await csv.FlushAsync(cancellationToken);
            before = entries[^1].Sequence;
        }
    }

    // A short-lived context per batch: a long export must not hold one read transaction open for minutes.
    private static async Task<List<AuditEntry>> ReadBatchAsync(
        IDbContextFactory<PortalDbContext> dbFactory, AuditFilter filter, long? before, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = await AuditQuery.FilterAsync(db, filter, cancellationToken);
        return await AuditQuery.NewestFirst(query, before, Batch).ToListAsync(cancellationToken);
    }
}

/// <summary>The CSV columns: every stored column, the time in ISO-8601 UTC.</summary>
internal static class AuditCsv
{
    public static string[] Header { get; } =
    [
        "Sequence", "TimeUtc", "ActorId", "ActorName", "ActorRoles", "DealershipId", "Action", "Outcome", "TargetType",
        "TargetId", "TargetDisplay", "Reason", "Changes", "Detail", "CorrelationId", "ClientAddress", "UserAgent", "Hash",
    ];

    public static string?[] Fields(AuditEntry e) =>
    [
        e.Sequence.ToString(CultureInfo.InvariantCulture), AuditHasher.FormatTime(e.TimestampUtc), e.ActorId, e.ActorName,
        e.ActorRoles, e.DealershipId?.ToString(CultureInfo.InvariantCulture), e.Action, e.Outcome.ToString(), e.TargetType,
        e.TargetId, e.TargetDisplay, e.Reason, e.Changes, e.Detail, e.CorrelationId, e.ClientAddress, e.UserAgent, e.Hash,
    ];
}
