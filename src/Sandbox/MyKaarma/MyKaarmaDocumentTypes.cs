namespace Portal.Sandbox.MyKaarma;

/// <summary>A kind of data a dealership can ask for in the vault: a document to upload or a value to type in.</summary>
public sealed record MyKaarmaDocumentType(
    int Number, string Type, string Name, string Description, bool IsFile, bool BackPage,
    IReadOnlyList<MyKaarmaAssociate> Approvers)
{
    public string Action => IsFile ? "UPLOAD_DOCUMENT" : "ENTER_TEXT";

    /// <summary>The dealer's configuration of this kind (dealerSupportedItemUuid), fixed per type.</summary>
    public string DealerSupportedItemUuid => $"5d100000-0000-4000-8000-{Number:D12}";

    public string VaultSupportedDataUuid => $"5a200000-0000-4000-8000-{Number:D12}";

    /// <summary>Associates listed with approval authority; the last listed Taylor has left (isValid false).</summary>
    public bool IsValidApprover(MyKaarmaAssociate associate) => associate != MyKaarmaAssociates.Taylor && Approvers.Contains(associate);
}

public static class MyKaarmaDocumentTypes
{
    private static readonly MyKaarmaAssociate Casey = MyKaarmaAssociates.Casey;
    private static readonly MyKaarmaAssociate Jordan = MyKaarmaAssociates.Jordan;
    private static readonly MyKaarmaAssociate Morgan = MyKaarmaAssociates.Morgan;
    private static readonly MyKaarmaAssociate Taylor = MyKaarmaAssociates.Taylor;

    public static IReadOnlyList<MyKaarmaDocumentType> All { get; } =
    [
        new(1, "DRIVERS_LICENSE", "Driver's licence", "Front and back of a valid driver's licence.", true, true, [Casey, Morgan, Taylor]),
        new(2, "PROOF_OF_INSURANCE", "Proof of insurance", "Insurance card or declarations page showing current coverage.", true, false, [Casey, Morgan]),
        new(3, "PROOF_OF_INCOME", "Proof of income", "Your two most recent pay stubs or last year's W-2.", true, false, [Casey, Jordan]),
        new(4, "PROOF_OF_RESIDENCE", "Proof of residence", "A utility bill or bank statement from the last 60 days showing your address.", true, false, [Casey, Morgan]),
        new(5, "CREDIT_APPLICATION", "Credit application", "The signed credit application.", true, false, [Jordan, Taylor]),
        new(6, "EMPLOYMENT_DETAILS", "Employment details", "Employer, position and time employed.", false, false, [Casey, Jordan]),
        new(7, "INSURANCE_POLICY_NUMBER", "Insurance policy number", "Your insurance carrier and policy number.", false, false, [Casey, Morgan]),
        new(8, "SOCIAL_SECURITY_NUMBER", "Social Security number", "Needed for the credit check.", false, false, [Jordan, Casey]),
    ];

    public static MyKaarmaDocumentType? Find(string? type) =>
        All.FirstOrDefault(t => string.Equals(t.Type, type, StringComparison.OrdinalIgnoreCase));
}
