namespace Portal.Sandbox.People;

/// <summary>How carefully a vendor's records are kept: the rates at which its records drift from the truth.
/// Self-service systems (Drivly) are tidy; systems staff type into at the counter (Walcu, Cova) are not.</summary>
internal sealed record VendorProfile(double OtherPhoneFormat, double MissingEmail, double MissingPhone,
    double EmailCase, double Nickname, double Typo, bool HoldsAddress, double StaleAddress, double MaidenName)
{
    private static readonly VendorProfile[] Profiles =
    [
        new(OtherPhoneFormat: 0.04, MissingEmail: 0.01, MissingPhone: 0.04, EmailCase: 0.02, Nickname: 0.15,
            Typo: 0.015, HoldsAddress: true, StaleAddress: 0.35, MaidenName: 0.25),                 // Drivly
        new(OtherPhoneFormat: 0.15, MissingEmail: 0.12, MissingPhone: 0.01, EmailCase: 0.08, Nickname: 0.45,
            Typo: 0.03, HoldsAddress: true, StaleAddress: 0.45, MaidenName: 0.35),                  // myKaarma
        new(OtherPhoneFormat: 0.25, MissingEmail: 0.15, MissingPhone: 0.10, EmailCase: 0.08, Nickname: 0.35,
            Typo: 0.04, HoldsAddress: true, StaleAddress: 0.50, MaidenName: 0.40),                  // Cova
        new(OtherPhoneFormat: 0.30, MissingEmail: 0.08, MissingPhone: 0.05, EmailCase: 0.10, Nickname: 0.50,
            Typo: 0.05, HoldsAddress: true, StaleAddress: 0.40, MaidenName: 0.35),                  // Walcu
        new(OtherPhoneFormat: 0.20, MissingEmail: 0.05, MissingPhone: 0.12, EmailCase: 0.06, Nickname: 0.30,
            Typo: 0.03, HoldsAddress: false, StaleAddress: 0, MaidenName: 0.35),                    // Guardant: no address fields
    ];

    public static VendorProfile For(SandboxVendor vendor) => Profiles[(int)vendor];
}
