namespace Portal.Vendors.Walcu;

/// <summary>
/// The only fields the portal filters or sorts Walcu lists on. Filters are built from these names, never from
/// text a user typed, so user input can reach Walcu's <c>q</c> only as a JSON string value.
/// </summary>
public enum WalcuField
{
    Id,
    CreatedAt,
    UpdatedAt,
    ClientId,
    /// <summary>Client vehicles: the owners (<c>owner_history.client_id</c>).</summary>
    OwnerClientId,
    ContactsEmails,
    ContactsPhones,
    ForeignIds,
    Vin,
    LeadId,
    /// <summary>Repair orders: the workshop date.</summary>
    Date,
    RepairOrderNumber,
    Finished,
    /// <summary>Offers: draft, finalized, sent, signed, rejected.</summary>
    Status,
}

public static class WalcuFields
{
    /// <summary>The field's name (or dotted path) in Walcu's JSON.</summary>
    public static string WireName(this WalcuField field) => field switch
    {
        WalcuField.Id => "_id",
        WalcuField.CreatedAt => "created_at",
        WalcuField.UpdatedAt => "updated_at",
        WalcuField.ClientId => "client_id",
        WalcuField.OwnerClientId => "owner_history.client_id",
        WalcuField.ContactsEmails => "contacts_emails",
        WalcuField.ContactsPhones => "contacts_phones",
        WalcuField.ForeignIds => "foreign_ids",
        WalcuField.Vin => "vin",
        WalcuField.LeadId => "lead_id",
        WalcuField.Date => "date",
        WalcuField.RepairOrderNumber => "repair_order_number",
        WalcuField.Finished => "finished",
        WalcuField.Status => "status",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
