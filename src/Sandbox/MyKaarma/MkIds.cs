using Portal.Sandbox.People;

namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// myKaarma ids, all derived from (seed, index, ordinal) so that any id can be decoded back to its request without a
/// lookup table. Ordinals: 0 customer, 1-9 vehicles, 19 view-request token, 20 request, 21-29 items, 41-49 vault data.
/// </summary>
internal sealed class MkIds(int seed)
{
    private const SandboxVendor Vendor = SandboxVendor.MyKaarma;
    private const int TokenOrdinal = 19;
    private const int RequestOrdinal = 20;
    private const int FirstItemOrdinal = 21;
    private const int FirstDataOrdinal = 41;
    public const int MaxItems = 9;

    public string Customer(int personIndex) => SandboxIds.Guid(seed, Vendor, personIndex).ToString();

    public long CustomerNumber(int personIndex) => SandboxIds.Number(personIndex);

    public string CustomerKey(int personIndex) => SandboxIds.Key(seed, Vendor, personIndex);

    public string Vehicle(int personIndex, int ordinal) => SandboxIds.Guid(seed, Vendor, personIndex, 1 + ordinal).ToString();

    public string VehicleKey(int personIndex, int ordinal) => SandboxIds.Key(seed, Vendor, personIndex, 1 + ordinal);

    /// <summary>An opaque view-request token: 32 hex digits.</summary>
    public string Token(int index) => SandboxIds.Guid(seed, Vendor, index, TokenOrdinal).ToString("N");

    public string Request(int index) => SandboxIds.Guid(seed, Vendor, index, RequestOrdinal).ToString();

    public string Item(int index, int ordinal) => SandboxIds.Guid(seed, Vendor, index, FirstItemOrdinal + ordinal).ToString();

    public string VaultData(int index, int ordinal) => SandboxIds.Guid(seed, Vendor, index, FirstDataOrdinal + ordinal).ToString();

    public int? TokenIndex(string token) =>
        Guid.TryParseExact(token, "N", out var id) && Decode(id, TokenOrdinal, 1) is (int index, _) ? index : null;

    public int? RequestIndex(string uuid) => Guid.TryParse(uuid, out var id) && Decode(id, RequestOrdinal, 1) is (int index, _) ? index : null;

    public (int Index, int Ordinal)? ItemOf(string uuid) => Guid.TryParse(uuid, out var id) ? Decode(id, FirstItemOrdinal, MaxItems) : null;

    public (int Index, int Ordinal)? VaultDataOf(string uuid) => Guid.TryParse(uuid, out var id) ? Decode(id, FirstDataOrdinal, MaxItems) : null;

    private (int Index, int Ordinal)? Decode(Guid id, int first, int count) =>
        SandboxIds.TryParseGuid(seed, Vendor, id, out var index, out var ordinal) && ordinal >= first && ordinal < first + count
            ? (index, ordinal - first)
            : null;
}
