using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// <c>audit verify</c>: walks the chain of the configured database, prints one line, exits 0 when intact and 1
/// otherwise. <c>audit selftest-write N</c> (hidden; for the crash test) appends N entries from 8 concurrent
/// writers into a database it creates, printing "ack SEQ" for each acknowledged entry, so a test can kill it
/// mid-stream and check that every acknowledged entry survived.
/// </summary>
internal static class AuditCommand
{
    public static async Task<int> RunAsync(string[] args) => args switch
    {
        ["verify", .. var rest] => await VerifyAsync(rest),
        ["selftest-write", var count, .. var rest] when int.TryParse(count, out var n) && n > 0 => await SelfTestWriteAsync(n, rest),
        _ => Usage(),
    };

    private static async Task<int> VerifyAsync(string[] args)
    {
        await using var app = AuditToolHost.Build(args);
        var database = app.Services.GetRequiredService<PortalDatabaseLocation>();
        if (database.FilePath is { } file && !File.Exists(file))
        {
            Console.Out.WriteLine($"Audit chain: no database at {database.FilePath}.");
            return 1;
        }
        var result = await app.Services.GetRequiredService<AuditVerifier>().VerifyAsync();
        Console.Out.WriteLine(result.Summary);
        return result.Intact ? 0 : 1;
    }

    private static async Task<int> SelfTestWriteAsync(int count, string[] args)
    {
        await using var app = AuditToolHost.Build(args);
        var database = app.Services.GetRequiredService<PortalDatabaseLocation>();
        if (database.FilePath is not { } file || File.Exists(file))
        {
            Console.Error.WriteLine($"selftest-write writes only into a SQLite file it creates; {database.FilePath ?? "PostgreSQL"} is not one.");
            return 2;
        }
        await AuditToolHost.PrepareDatabaseAsync(app.Services);
        var writer = app.Services.GetRequiredService<AuditWriter>();
        const int writers = 8;
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) is var i && i <= count)
            {
                var entry = AuditLog.ToEntry(
                    new AuditEvent(AuditActions.AuditSelfTest) { Detail = $"writer {w} entry {i}" },
                    new AuditOrigin(AuditActor.System, null, null, null));
                var sequence = await writer.AppendAsync(entry);
                Console.Out.WriteLine($"ack {sequence}");
            }
        })));
        await writer.StopAsync(CancellationToken.None);
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: audit verify [--ConnectionStrings:Portal=\"Data Source=...\"] [--Audit:HmacKeyFile=...]");
        return 2;
    }
}
