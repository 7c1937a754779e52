namespace Portal.TestSupport;

/// <summary>
/// The enum values Walcu contract tests accept, keyed by the document's example value (the document renders only
/// one member of each enum). Kept apart from the emulator's own table, from docs/vendor-assumptions/walcu.md.
/// </summary>
public static class WalcuDocEnums
{
    public static IReadOnlyList<string>? Of(string path, string example) => example switch
    {
        "male" => ["male", "female"],
        "car" => ["car", "motorbike", "van", "truck"],
        "new" => ["new", "used"],
        "inbound" => ["inbound", "outbound"],
        "appraisallead" => ["salelead", "aftersalelead", "appraisallead"],
        "week" => ["week", "month", "year"],
        "signaturit" => ["signaturit"],
        "draft" => ["draft", "finalized", "sent", "signed", "rejected"],
        _ => null,
    };
}
