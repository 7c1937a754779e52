namespace Portal.TestSupport;

/// <summary>The system clock moved by <see cref="Shift"/>: lets a test jump hours ahead of a running portal.</summary>
public sealed class AdjustableClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
}
