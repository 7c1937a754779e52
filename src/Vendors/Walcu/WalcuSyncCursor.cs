using System.Globalization;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Vendors.Walcu;

/// <summary>
/// Where a "modified since" walk stands: the updated_at to ask from ($gte) and how many records at exactly that
/// time were already read. Moving the time forward instead of growing skip means a record changed during the
/// walk (it jumps to the end of the updated_at order) can never make the walk skip another one.
/// </summary>
public readonly record struct WalcuSyncCursor(DateTimeOffset Since, int SkipAtSince)
{
    /// <summary>The cursor after a page read with this cursor; null when Walcu said there is no more.</summary>
    public WalcuSyncCursor? After(IReadOnlyList<WalcuClientDto> page, bool hasMore)
    {
        if (!hasMore || page.Count == 0)
        {
            return null;
        }
        if (page[^1].UpdatedAt is not { } last)
        {
            return this with { SkipAtSince = SkipAtSince + page.Count };
        }
        last = Truncate(last);
        var atLast = page.Reverse().TakeWhile(c => c.UpdatedAt is { } t && Truncate(t) == last).Count();
        return last == Truncate(Since) ? this with { SkipAtSince = SkipAtSince + page.Count } : new WalcuSyncCursor(last, atLast);
    }

    public override string ToString() => WalcuFilter.IsoTime(Since) + "|" + SkipAtSince.ToString(CultureInfo.InvariantCulture);

    public static WalcuSyncCursor Parse(string text)
    {
        var parts = text.Split('|');
        if (parts.Length != 2
            || !DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var skip))
        {
            throw new FormatException($"Not a Walcu sync cursor: '{text}'.");
        }
        return new WalcuSyncCursor(since, skip);
    }

    // Walcu keeps milliseconds; compare at that precision so a round trip through JSON stays equal.
    private static DateTimeOffset Truncate(DateTimeOffset t) => new(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
}
