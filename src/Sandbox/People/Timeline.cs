namespace Portal.Sandbox.People;

/// <summary>Modification times that grow with the index: the history window is cut into one slot per record,
/// slot i = [floor(i·W/size), floor((i+1)·W/size)), and record i's time falls inside its slot, so "modified since T"
/// is arithmetic on the index. Times are whole seconds whenever every slot is at least a second long (below
/// 63 million people), because vendors such as Guardant keep epoch seconds.</summary>
internal sealed class Timeline
{
    private static readonly DateTimeOffset Start = SandboxClock.HistoryStart;
    private static readonly DateTimeOffset EarliestCreation = new(2014, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly long _unitTicks;
    private readonly long _units;
    private readonly int _size;

    public Timeline(int size)
    {
        _size = size;
        var seconds = SandboxClock.History.Ticks / TimeSpan.TicksPerSecond;
        _unitTicks = size <= seconds ? TimeSpan.TicksPerSecond : 1;
        _units = SandboxClock.History.Ticks / _unitTicks;
    }

    public DateTimeOffset ModifiedAt(int seed, int index)
    {
        var rng = new SandboxRandom(seed, index, Salts.Time);
        return ModifiedAt(ref rng, index);
    }

    public DateTimeOffset ModifiedAt(int seed, int index, SandboxVendor vendor)
    {
        var rng = new SandboxRandom(seed, vendor, index, Salts.ViewTime);
        return ModifiedAt(ref rng, index);
    }

    /// <summary>Creation then modification: a fifth of records were created at their last change (new customers),
    /// the rest up to six years earlier.</summary>
    public (DateTimeOffset Created, DateTimeOffset Modified) CreatedAndModified(int seed, int index)
    {
        var rng = new SandboxRandom(seed, index, Salts.Time);
        var modified = ModifiedAt(ref rng, index);
        if (rng.Chance(0.2))
        {
            return (modified, modified);
        }
        var created = modified - TimeSpan.FromDays(rng.Next(1, 6 * 365)) - TimeSpan.FromSeconds(rng.Next(86_400));
        return (created < EarliestCreation ? EarliestCreation : created, modified);
    }

    /// <summary>The smallest index whose time (from <paramref name="modifiedAt"/>) is at or after
    /// <paramref name="t"/>; <c>size</c> when there is none. Every later index is also at or after it.</summary>
    public int FirstIndexAtOrAfter(DateTimeOffset t, Func<int, DateTimeOffset> modifiedAt)
    {
        if (_size == 0 || t <= Start)
        {
            return 0;
        }
        var units = (t - Start).Ticks / _unitTicks;
        if (units >= _units)
        {
            return _size;
        }
        // Find the slot holding t (the estimate is off by at most one); earlier slots end at or before t, so only
        // this slot's record needs a look.
        var slot = (int)Math.Min(_size - 1, (long)((Int128)units * _size / _units));
        while (slot + 1 < _size && SlotStart(slot + 1) <= t)
        {
            slot++;
        }
        while (slot > 0 && SlotStart(slot) > t)
        {
            slot--;
        }
        return modifiedAt(slot) >= t ? slot : slot + 1;
    }

    private DateTimeOffset ModifiedAt(ref SandboxRandom rng, int index)
    {
        var start = SlotUnits(index);
        var length = SlotUnits(index + 1) - start;
        var jitter = rng.Next((int)Math.Min(length, int.MaxValue));
        return Start + TimeSpan.FromTicks((start + jitter) * _unitTicks);
    }

    private DateTimeOffset SlotStart(int index) => Start + TimeSpan.FromTicks(SlotUnits(index) * _unitTicks);

    private long SlotUnits(long index) => (long)((Int128)index * _units / Math.Max(_size, 1));
}
