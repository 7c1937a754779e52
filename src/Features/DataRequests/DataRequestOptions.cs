namespace Portal.Features.DataRequests;

/// <summary>DataRequests settings.</summary>
public sealed class DataRequestOptions
{
    public const string Section = "DataRequests";

    /// <summary>Scheduled polling of myKaarma on/off ("Refresh" works either way).</summary>
    public bool PollEnabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan FirstPollDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long an item may wait for a decision; items past 75% of it are "near".</summary>
    public TimeSpan Sla { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The background sender on/off (off only to test a restart between commit and send).</summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>
    /// The longest the sender sleeps with nothing due. A decision committed on this instance wakes it at once; one
    /// committed on another instance sharing the database waits for this look (lower it when running several instances).
    /// </summary>
    public TimeSpan SenderIdleLook { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First retry delay; doubled per attempt up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);
}
