using System.Buffers;
using System.Text;

namespace Portal.TestSupport.Leaks;

public sealed record LeakHit(string Where, string Kind, string Masked);

/// <summary>Looks for canaries in log lines and in every file of a folder (the SQLite file, its WAL, the key ring).</summary>
public static class LeakScanner
{
    public static IReadOnlyList<LeakHit> Scan(IReadOnlyList<LeakCanary> canaries, string? folder, IEnumerable<string> logLines)
    {
        var byValue = canaries.GroupBy(c => c.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var search = SearchValues.Create([.. byValue.Keys], StringComparison.Ordinal);
        var hits = new List<LeakHit>();
        foreach (var line in logLines)
        {
            // The line's start (level and category) says where to look; the canary itself is never repeated.
            Find(line, "log: " + Head(line), search, byValue, hits);
        }
        if (folder is not null && Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                // Latin-1 maps each byte to one char, so UTF-8 text of ASCII canaries is found wherever it sits.
                Find(Encoding.Latin1.GetString(ReadShared(file)), Path.GetFileName(file), search, byValue, hits);
            }
        }
        return hits;
    }

    private static void Find(string text, string where, SearchValues<string> search, Dictionary<string, LeakCanary> byValue, List<LeakHit> hits)
    {
        var span = text.AsSpan();
        var offset = 0;
        while (span[offset..].IndexOfAny(search) is var at and >= 0)
        {
            var start = offset + at;
            var canary = byValue.First(c => text.AsSpan(start).StartsWith(c.Key, StringComparison.Ordinal)).Value;
            hits.Add(new LeakHit(where, canary.Kind, Mask(canary.Value)));
            offset = start + 1;
        }
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Head(string line)
    {
        var head = line.Length > 90 ? line[..90] : line;
        return head.Split(' ').Length > 2 ? string.Join(' ', head.Split(' ').Take(2)) : head;
    }

    private static string Mask(string value) => value.Length <= 4 ? "****" : $"{value[..2]}…{value[^2..]}";
}
