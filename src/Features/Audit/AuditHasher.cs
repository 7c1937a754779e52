using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Features.Audit;

/// <summary>
/// The chain's hash: HMAC-SHA256, keyed with the secret from <see cref="AuditKeyFiles"/>, over a canonical text of
/// the entry. The text is ours, not a serializer's, so that no library update can change it: a version tag, then
/// every column in a fixed order, each written as "length:value;" (null as "~;") so no two entries share a text,
/// numbers and times in invariant culture, times as UTC ISO-8601 with seven fractional digits. An instance keeps
/// its HMAC and buffers for reuse (the verifier hashes millions of entries); it is not thread-safe.
/// </summary>
public sealed class AuditHasher(byte[] key) : IDisposable
{
    /// <summary>The previous hash of entry 1: there is nothing before it.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Version = "audit-v1";
    private readonly IncrementalHash _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    private readonly StringBuilder _text = new(1024);
    private byte[] _bytes = new byte[4096];

    public string Compute(AuditEntry entry)
    {
        _text.Clear();
        AppendCanonical(_text, entry);
        var text = _text.ToString();
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > _bytes.Length)
        {
            _bytes = new byte[length * 2];
        }
        Encoding.UTF8.GetBytes(text, _bytes);
        _hmac.AppendData(_bytes, 0, length);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        _hmac.GetHashAndReset(mac);
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>One entry's hash, for callers that hash a few.</summary>
    public static string Compute(byte[] key, AuditEntry entry)
    {
        using var hasher = new AuditHasher(key);
        return hasher.Compute(entry);
    }

    internal static string Canonical(AuditEntry entry) => AppendCanonical(new StringBuilder(512), entry).ToString();

    /// <summary>UTC, whatever Kind the value carries (SQLite gives times back as Unspecified).</summary>
    public static string FormatTime(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    public void Dispose() => _hmac.Dispose();

    private static StringBuilder AppendCanonical(StringBuilder text, AuditEntry e)
    {
        Append(text, Version);
        Append(text, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, FormatTime(e.TimestampUtc));
        Append(text, e.ActorId);
        Append(text, e.ActorName);
        Append(text, e.ActorRoles);
        Append(text, e.DealershipId?.ToString(CultureInfo.InvariantCulture));
        Append(text, e.Action);
        Append(text, e.TargetType);
        Append(text, e.TargetId);
        Append(text, e.TargetDisplay);
        Append(text, e.Outcome.ToString());
        Append(text, e.Reason);
        Append(text, e.Changes);
        Append(text, e.Detail);
        Append(text, e.CorrelationId);
        Append(text, e.ClientAddress);
        Append(text, e.UserAgent);
        Append(text, e.PreviousHash);
        return text;
    }

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("~;");
            return;
        }
        text.Append(CultureInfo.InvariantCulture, $"{value.Length}:").Append(value).Append(';');
    }
}
