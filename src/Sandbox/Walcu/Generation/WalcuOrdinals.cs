namespace Portal.Sandbox.Walcu.Generation;

/// <summary>
/// How a person's Walcu records are numbered inside the population's ObjectId space (SandboxIds.ObjectId(seed,
/// Walcu, person, ordinal)): the client is 0, its primary contact 1, and each child record takes a block of
/// <see cref="Block"/> ordinals (the record itself, then ids of its sub-documents).
/// </summary>
internal static class WalcuOrdinals
{
    public const int Client = 0;
    public const int PrimaryContact = 1;
    public const int Block = 50;

    /// <summary>Staff users (created_by, assigned.to) sit at the top of person 0's ordinals, clear of any record.</summary>
    public const int Staff = 65_000;

    public static int Of(WalcuCollection collection, int k) => collection.Name switch
    {
        "clients" => Client,
        "contacts" => PrimaryContact,
        _ => Base(collection) + k * Block,
    };

    /// <summary>The record number k of an ordinal in <paramref name="collection"/>, or -1 when it is not one.</summary>
    public static int RecordOf(WalcuCollection collection, int ordinal)
    {
        if (collection == WalcuCollection.Clients || collection == WalcuCollection.Contacts)
        {
            return ordinal == Of(collection, 0) ? 0 : -1;
        }
        var offset = ordinal - Base(collection);
        return offset >= 0 && offset % Block == 0 && offset / Block < Max(collection) ? offset / Block : -1;
    }

    public static int Max(WalcuCollection collection) => collection.Name switch
    {
        "clientvehicles" => 10,
        "repairorders" => 30,
        "clients" or "contacts" => 1,
        _ => 4,
    };

    private static int Base(WalcuCollection collection) => collection.Name switch
    {
        "clientvehicles" => 100,
        "saleleads" => 700,
        "cars" => 1000,
        "aftersaleleads" => 1300,
        "repairorders" => 1600,
        "offers" => 3200,
        _ => throw new ArgumentOutOfRangeException(nameof(collection), collection.Name, null),
    };
}
