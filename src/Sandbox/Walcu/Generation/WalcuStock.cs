using Portal.Sandbox.People;

namespace Portal.Sandbox.Walcu.Generation;

/// <summary>The models the demo dealer keeps in stock (cars that sale leads are about), with real WMIs.</summary>
internal sealed record WalcuStock(string Make, string Model, string Wmi, string BodyStyle, string Engine, decimal BasePrice, string[] Trims)
{
    public static readonly WalcuStock[] All =
    [
        new("Toyota", "Camry", "4T1", "Sedan", "2.5L I4 Hybrid", 29_000m, ["LE", "SE", "XLE", "XSE"]),
        new("Toyota", "RAV4", "2T3", "SUV", "2.5L I4", 31_000m, ["LE", "XLE", "Limited", "TRD Off-Road"]),
        new("Honda", "CR-V", "2HK", "SUV", "1.5L I4 Turbo", 32_000m, ["LX", "EX", "EX-L", "Touring"]),
        new("Honda", "Civic", "2HG", "Sedan", "2.0L I4", 25_000m, ["LX", "Sport", "EX", "Touring"]),
        new("Ford", "F-150", "1FT", "Pickup", "3.5L V6 EcoBoost", 45_000m, ["XL", "XLT", "Lariat", "Platinum"]),
        new("Chevrolet", "Equinox", "3GN", "SUV", "1.5L I4 Turbo", 28_000m, ["LS", "LT", "RS", "Premier"]),
        new("Hyundai", "Tucson", "5NM", "SUV", "2.5L I4", 29_000m, ["SE", "SEL", "N Line", "Limited"]),
        new("Tesla", "Model 3", "5YJ", "Sedan", "Electric", 40_000m, ["Standard", "Long Range", "Performance"]),
    ];

    public static readonly string[] Colors = ["White", "Black", "Silver", "Gray", "Blue", "Red"];

    public static WalcuStock Pick(ref SandboxRandom rng) => rng.Pick(All);
}
