using Portal.Sandbox.People;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Stamps writes: milliseconds (as Walcu stores them), strictly increasing, and never before the generated world's
/// "now", so a written record always sorts after every generated one by updated_at.
/// </summary>
internal sealed class WalcuWriteClock(TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _last = SandboxClock.Now;

    public DateTimeOffset Next()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            now = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
            _last = now > _last ? now : _last.AddMilliseconds(1);
            return _last;
        }
    }
}
