namespace Portal.Sandbox.Walcu;

/// <summary>
/// The enumerated string fields. The document renders one member of each (the example value); the other members
/// are our assumption, listed in docs/vendor-assumptions/walcu.md. Keyed by field name and documented example.
/// </summary>
internal static class WalcuEnums
{
    private static readonly Dictionary<string, string[]> ByExample = new(StringComparer.Ordinal)
    {
        ["male"] = ["male", "female"],
        ["car"] = ["car", "motorbike", "van", "truck"],
        ["new"] = ["new", "used"],
        ["inbound"] = ["inbound", "outbound"],
        ["appraisallead"] = ["salelead", "aftersalelead", "appraisallead"],
        ["week"] = ["week", "month", "year"],
        ["signaturit"] = ["signaturit"],
        ["draft"] = ["draft", "finalized", "sent", "signed", "rejected"],
    };

    /// <summary>The allowed values when the documented example <paramref name="example"/> marks an enum; else null.</summary>
    public static IReadOnlyList<string>? Of(string example) => ByExample.GetValueOrDefault(example);
}
