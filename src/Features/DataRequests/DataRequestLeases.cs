namespace Portal.Features.DataRequests;

/// <summary>The data requests' leases (Portal.Data.Leases) when several instances share the database.</summary>
public static class DataRequestLeases
{
    /// <summary>Standing: the instance holding it runs the scheduled polls.</summary>
    public const string PollSchedule = "data-requests:poll-schedule";

    /// <summary>Held during any poll, scheduled or "Refresh", on whichever instance: one poll at a time.</summary>
    public const string Poll = "data-requests:poll";

    /// <summary>Standing: the instance holding it submits the committed decisions to myKaarma.</summary>
    public const string Sender = "data-requests:sender";
}
