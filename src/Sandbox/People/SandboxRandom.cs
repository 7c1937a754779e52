namespace Portal.Sandbox.People;

/// <summary>A tiny, fast, deterministic random stream (SplitMix64) keyed by (seed, vendor, index, salt), so any
/// field of any record can be regenerated on its own without holding the population in memory.</summary>
/// <remarks>A mutable struct on purpose: drawing advances it, so pass it by <c>ref</c>; a copy replays the same
/// numbers. (The brief's sketch said readonly struct, which cannot advance.)</remarks>
public struct SandboxRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15;
    private const int PersonStream = 0x7F;
    private ulong _state;

    /// <summary>A stream for a person-level part (no vendor); <paramref name="salt"/> names the part.</summary>
    public SandboxRandom(int seed, int index, int salt) : this(seed, PersonStream, index, salt)
    {
    }

    /// <summary>A stream for a vendor's record of a person.</summary>
    public SandboxRandom(int seed, SandboxVendor vendor, int index, int salt) : this(seed, (int)vendor, index, salt)
    {
    }

    private SandboxRandom(int seed, int stream, int index, int salt)
    {
        var h = Mix((uint)seed * Golden + 0x632BE59BD9B4E019);
        h = Mix(h ^ ((ulong)(uint)stream << 32 | (uint)salt));
        _state = Mix(h + (uint)index * 0xD1B54A32D192ED03);
    }

    /// <summary>The SplitMix64 finalizer: a bijective 64-bit scramble, also used to derive id keys.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>), by multiply-shift (bias below 2^-32).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);
    }

    /// <summary>A number in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>A number in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    /// <summary>Picks with a bias to the front of <paramref name="items"/> (about a third from the first tenth), so
    /// lists kept in order of frequency give realistic skew: many Smiths, few Okafors.</summary>
    public T PickSkewed<T>(T[] items)
    {
        var u = NextDouble();
        return items[(int)(u * u * items.Length)];
    }
}
