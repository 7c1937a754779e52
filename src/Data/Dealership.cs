namespace Portal.Data;

/// <summary>A rooftop: the unit that owns vendor connections and that users are assigned to.</summary>
public sealed class Dealership
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>IANA time zone id used to show vendor dates (e.g. "America/Chicago").</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public List<UserDealership> Users { get; set; } = [];
}
