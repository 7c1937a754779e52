namespace Portal.Features.Audit;

/// <summary>The "Audit" configuration section.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>The HMAC key file; empty = audit-hmac.key beside the Data Protection key ring.</summary>
    public string? HmacKeyFile { get; set; }

    /// <summary>Entries older than this many days are removed by the daily retention job (and a checkpoint written).</summary>
    public int RetentionDays { get; set; } = 400;

    /// <summary>How long after start the first retention run waits (then it runs every <see cref="RetentionInterval"/>).</summary>
    public TimeSpan RetentionStartDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>At most this many entries are removed per transaction (each with its checkpoint), so writers never wait long.</summary>
    public int RetentionStepSize { get; set; } = 2000;
}
