namespace Portal.Sandbox.People;

/// <summary>A keyed bijection on 48 bits that turns (index, ordinal) into an id-looking number and back, so
/// emulators can answer "GET /customers/{id}" by arithmetic instead of holding a lookup table.</summary>
internal readonly struct IdScrambler
{
    private const ulong Mask = (1UL << 48) - 1;
    private const ulong MultiplierA = 0x9E3779B97F4B;
    private const ulong MultiplierB = 0xC2B2AE3D27D5;
    private static readonly ulong InverseA = Inverse(MultiplierA);
    private static readonly ulong InverseB = Inverse(MultiplierB);
    private const int SaltIds = 0x1D5;

    private readonly ulong _inputKey;
    private readonly ulong _outputKey;
    private readonly ulong _tagKey;

    public IdScrambler(int seed, SandboxVendor vendor)
    {
        var rng = new SandboxRandom(seed, vendor, 0, SaltIds);
        _inputKey = rng.NextUInt64() & Mask;
        _outputKey = rng.NextUInt64() & Mask;
        _tagKey = rng.NextUInt64();
    }

    /// <summary>The scrambled 48-bit value of (<paramref name="index"/>, <paramref name="ordinal"/>).</summary>
    public ulong Scramble(int index, int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ordinal, ushort.MaxValue);
        var x = (((ulong)index << 16) | (uint)ordinal) ^ _inputKey;
        x = (x * MultiplierA) & Mask;
        x ^= x >> 24;
        x = (x * MultiplierB) & Mask;
        x ^= x >> 24;
        return x ^ _outputKey;
    }

    /// <summary>Undoes <see cref="Scramble"/>; false when the value cannot come from a valid index.</summary>
    public bool TryUnscramble(ulong value, out int index, out int ordinal)
    {
        var x = (value & Mask) ^ _outputKey;
        x ^= x >> 24; // x ^= x >> 24 is its own inverse on 48 bits
        x = (x * InverseB) & Mask;
        x ^= x >> 24;
        x = ((x * InverseA) & Mask) ^ _inputKey;
        var rawIndex = x >> 16;
        index = rawIndex <= int.MaxValue ? (int)rawIndex : -1;
        ordinal = (int)(x & 0xFFFF);
        return index >= 0 && value <= Mask;
    }

    /// <summary>Check bits that make a forged or mistyped id fail to parse.</summary>
    public ulong Tag(ulong scrambled) => SandboxRandom.Mix(scrambled ^ _tagKey);

    // Newton's iteration for the inverse of an odd number modulo 2^64: each step doubles the correct low bits.
    private static ulong Inverse(ulong odd)
    {
        var inverse = odd;
        for (var i = 0; i < 5; i++)
        {
            inverse *= 2 - odd * inverse;
        }
        return inverse & Mask;
    }
}
