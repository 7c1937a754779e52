namespace Portal.Data;

/// <summary>Assignment of a user to a dealership; feature services filter by these.</summary>
public sealed class UserDealership
{
    public required string UserId { get; set; }

    public int DealershipId { get; set; }

    public PortalUser? User { get; set; }

    public Dealership? Dealership { get; set; }
}
