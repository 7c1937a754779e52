using System.Buffers.Binary;

namespace Portal.Sandbox.People;

/// <summary>Deterministic vendor ids per (seed, vendor, index, ordinal), each with its parser. Ordinal 0 is the
/// customer record; emulators number a record's children (vehicles, addresses, contact methods) from 1.
/// Parsers re-encode and compare, so only ids this class issued for the same seed and vendor parse.</summary>
public static class SandboxIds
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const uint ObjectIdEpoch = 1_451_606_400; // 2016-01-01: Walcu's ObjectIds predate the history window
    private const uint ObjectIdSpan = 8 * 365 * 86_400;

    /// <summary>A version-4-shaped GUID (Cova Id, myKaarma uuid).</summary>
    public static Guid Guid(int seed, SandboxVendor vendor, int index, int ordinal = 0)
    {
        var ids = new IdScrambler(seed, vendor);
        var value = ids.Scramble(index, ordinal);
        var tag = ids.Tag(value);
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, value << 16);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[6..], tag);
        BinaryPrimitives.WriteUInt16BigEndian(bytes[14..], (ushort)SandboxRandom.Mix(tag));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }

    public static bool TryParseGuid(int seed, SandboxVendor vendor, Guid id, out int index, out int ordinal)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        var value = BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 16;
        return new IdScrambler(seed, vendor).TryUnscramble(value, out index, out ordinal)
            && Guid(seed, vendor, index, ordinal) == id;
    }

    /// <summary>A 24-hex-digit MongoDB ObjectId (Walcu _id): a creation second, then the scrambled index.</summary>
    public static string ObjectId(int seed, SandboxVendor vendor, int index, int ordinal = 0)
    {
        var ids = new IdScrambler(seed, vendor);
        var value = ids.Scramble(index, ordinal);
        var tag = ids.Tag(value);
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, ObjectIdEpoch + (uint)(tag % ObjectIdSpan));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[4..], (value << 16) | (ushort)(tag >> 48));
        return Convert.ToHexStringLower(bytes);
    }

    public static bool TryParseObjectId(int seed, SandboxVendor vendor, string? id, out int index, out int ordinal)
    {
        (index, ordinal) = (-1, -1);
        Span<byte> bytes = stackalloc byte[12];
        if (id is null || id.Length != 24
            || Convert.FromHexString(id, bytes, out _, out _) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }
        var value = BinaryPrimitives.ReadUInt64BigEndian(bytes[4..]) >> 16;
        return new IdScrambler(seed, vendor).TryUnscramble(value, out index, out ordinal)
            && string.Equals(ObjectId(seed, vendor, index, ordinal), id, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A small sequential record number (Guardant _id, myKaarma id): index + 1.</summary>
    public static int Number(int index) => checked(index + 1);

    public static bool TryParseNumber(long number, out int index)
    {
        index = number is >= 1 and <= int.MaxValue ? (int)(number - 1) : -1;
        return index >= 0;
    }

    /// <summary>A human-typable key such as "MK-1F8Q2ZK7TW" (myKaarma customerKey, Cova UniqueIdentifier,
    /// Drivly customerId): a vendor prefix and ten Crockford base-32 digits.</summary>
    public static string Key(int seed, SandboxVendor vendor, int index, int ordinal = 0)
    {
        var value = new IdScrambler(seed, vendor).Scramble(index, ordinal);
        var prefix = KeyPrefix(vendor);
        return string.Create(prefix.Length + 10, (prefix, value), static (chars, state) =>
        {
            state.prefix.AsSpan().CopyTo(chars);
            var v = state.value;
            for (var i = chars.Length - 1; i >= state.prefix.Length; i--, v >>= 5)
            {
                chars[i] = Crockford[(int)(v & 31)];
            }
        });
    }

    public static bool TryParseKey(int seed, SandboxVendor vendor, string? key, out int index, out int ordinal)
    {
        (index, ordinal) = (-1, -1);
        var prefix = KeyPrefix(vendor);
        if (key is null || key.Length != prefix.Length + 10 || !key.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }
        ulong value = 0;
        for (var i = prefix.Length; i < key.Length; i++)
        {
            var digit = Crockford.IndexOf(char.ToUpperInvariant(key[i]));
            if (digit < 0)
            {
                return false;
            }
            value = (value << 5) | (uint)digit;
        }
        return new IdScrambler(seed, vendor).TryUnscramble(value, out index, out ordinal)
            && string.Equals(Key(seed, vendor, index, ordinal), key, StringComparison.OrdinalIgnoreCase);
    }

    private static string KeyPrefix(SandboxVendor vendor) => vendor switch
    {
        SandboxVendor.Drivly => "DRV-",
        SandboxVendor.MyKaarma => "MK-",
        SandboxVendor.Cova => "CV-",
        SandboxVendor.Walcu => "WC-",
        _ => "GD-",
    };
}
