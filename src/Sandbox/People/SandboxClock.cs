namespace Portal.Sandbox.People;

/// <summary>The fixed "now" of the generated world, so ages, expiries and modification times never drift with
/// the machine clock.</summary>
public static class SandboxClock
{
    /// <summary>2026-11-01T00:00Z.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary><see cref="Now"/> as a date.</summary>
    public static DateOnly Today { get; } = DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>How far back records' modification times reach: about two years.</summary>
    public static TimeSpan History { get; } = TimeSpan.FromDays(730);

    /// <summary>The earliest modification time: <see cref="Now"/> minus <see cref="History"/>.</summary>
    public static DateTimeOffset HistoryStart { get; } = Now - History;
}
