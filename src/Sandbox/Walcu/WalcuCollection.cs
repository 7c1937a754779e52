namespace Portal.Sandbox.Walcu;

/// <summary>One of the emulated collections under /dealers/{dealer_id}, with the fields only Walcu writes.</summary>
internal sealed record WalcuCollection(string Name, string Singular, params string[] DerivedFields)
{
    private static readonly string[] ServerFields = ["_id", "__v", "created_at", "updated_at", "created_by", "updated_by", "dealer_id", "computed"];

    public static readonly WalcuCollection Clients = new("clients", "client", "contacts_emails", "contacts_phones", "contacts_names", "contacts_government_ids");
    public static readonly WalcuCollection Contacts = new("contacts", "contact");
    public static readonly WalcuCollection ClientVehicles = new("clientvehicles", "clientvehicle");
    public static readonly WalcuCollection Cars = new("cars", "car");
    public static readonly WalcuCollection SaleLeads = new("saleleads", "salelead");
    public static readonly WalcuCollection AfterSaleLeads = new("aftersaleleads", "aftersalelead");
    public static readonly WalcuCollection RepairOrders = new("repairorders", "repairorder");
    public static readonly WalcuCollection Offers = new("offers", "offer");

    public static IReadOnlyList<WalcuCollection> All { get; } = [Clients, Contacts, ClientVehicles, Cars, SaleLeads, AfterSaleLeads, RepairOrders, Offers];

    public WalcuSchema Schema => WalcuSchema.For(Name);

    /// <summary>Top-level fields a client may not write (ids, versions, timestamps, computed and derived lists).</summary>
    public bool IsServerOwned(string field) => ServerFields.Contains(field) || DerivedFields.Contains(field);

    /// <summary>Clients are kept in updated_at order (generated ones grow with the index; writes go to the end).</summary>
    public bool KeptInUpdateOrder => this == Clients;
}
