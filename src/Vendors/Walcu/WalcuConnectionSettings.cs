namespace Portal.Vendors.Walcu;

/// <summary>What a Walcu connection holds: the dealer id in its settings and the API key in its secrets.</summary>
public static class WalcuConnectionSettings
{
    /// <summary>Setting: Walcu's dealer_id (a 24-hex ObjectId), the {dealer_id} of every path.</summary>
    public const string DealerId = "dealerId";

    /// <summary>Secret: the API key, sent as <c>Authorization: Bearer &lt;key&gt;</c>.</summary>
    public const string ApiKey = "apiKey";
}
