using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Features.Audit;

/// <summary>
/// The chain's hash: HMAC-SHA256, keyed with the secret from <see cref="AuditKeyFiles"/>, over a canonical text of
/// the entry. The text is ours, not a serializer's, so that no library update can change it: a version tag, then
/// every column in a fixed order, each written as "length:value;" (null as "~;") so no two entries share a text,
/// numbers and times in invariant culture, times as UTC ISO-8601 with seven fractional digits.
/// </summary>
public static class AuditHasher
{
    /// <summary>The previous hash of entry 1: there is nothing before it.</summary>
    public static readonly string Genesis = new('0', 64);

    private const string Version = "audit-v1";

    public static string Compute(ReadOnlySpan<byte> key, AuditEntry entry)
    {
        var text = Canonical(entry);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text), mac);
        return Convert.ToHexStringLower(mac);
    }

    internal static string Canonical(AuditEntry e)
    {
        var text = new StringBuilder(512);
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
        return text.ToString();
    }

    /// <summary>UTC, whatever Kind the value carries (SQLite gives times back as Unspecified).</summary>
    public static string FormatTime(DateTime utc) =>
        utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("~;");
            return;
        }
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
