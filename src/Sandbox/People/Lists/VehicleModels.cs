namespace Portal.Sandbox.People.Lists;

/// <summary>A model line: its manufacturer's WMI, a three-character model code for VIN positions 4-6, the plant
/// codes that build it, and the trims and engines it was sold with.</summary>
internal sealed record VehicleModel(string Make, string Model, string Wmi, string Line, string Plants,
    string BodyStyle, int FirstYear, string[] Trims, string[] Engines);

/// <summary>Popular US models, best sellers first (picked with a skew to the front).</summary>
internal static class VehicleModels
{
    public static readonly VehicleModel[] All =
    [
        new("Ford", "F-150", "1FT", "EW1", "FKE", "Pickup", 2008, ["XL", "XLT", "Lariat", "King Ranch", "Platinum"], ["3.5L V6 EcoBoost", "5.0L V8", "2.7L V6 EcoBoost"]),
        new("Chevrolet", "Silverado 1500", "1GC", "UYD", "GZ1", "Pickup", 2008, ["WT", "Custom", "LT", "RST", "LTZ", "High Country"], ["2.7L I4 Turbo", "5.3L V8", "6.2L V8", "3.0L I6 Diesel"]),
        new("Ram", "1500", "1C6", "SRF", "NSG", "Pickup", 2011, ["Tradesman", "Big Horn", "Laramie", "Rebel", "Limited"], ["3.6L V6", "5.7L V8"]),
        new("Toyota", "RAV4", "2T3", "P1R", "CWJ", "SUV", 2008, ["LE", "XLE", "XLE Premium", "Adventure", "Limited"], ["2.5L I4", "2.5L I4 Hybrid"]),
        new("Honda", "CR-V", "5J6", "RW2", "HLG", "SUV", 2008, ["LX", "EX", "EX-L", "Touring"], ["1.5L I4 Turbo", "2.4L I4"]),
        new("Toyota", "Camry", "4T1", "B11", "UJK", "Sedan", 2008, ["LE", "SE", "XLE", "XSE", "TRD"], ["2.5L I4", "3.5L V6", "2.5L I4 Hybrid"]),
        new("Tesla", "Model Y", "7SA", "YGD", "FAF", "SUV", 2020, ["Long Range", "Performance"], ["Dual Motor Electric"]),
        new("Nissan", "Rogue", "5N1", "AT3", "CLC", "SUV", 2008, ["S", "SV", "SL", "Platinum"], ["2.5L I4", "1.5L I3 Turbo"]),
        new("Honda", "Civic", "2HG", "FE2", "HLG", "Sedan", 2008, ["LX", "Sport", "EX", "Touring", "Si"], ["2.0L I4", "1.5L I4 Turbo"]),
        new("Toyota", "Corolla", "5YF", "B4M", "PCJ", "Sedan", 2008, ["L", "LE", "SE", "XSE"], ["1.8L I4", "2.0L I4"]),
        new("Jeep", "Grand Cherokee", "1C4", "RJF", "CDW", "SUV", 2008, ["Laredo", "Limited", "Overland", "Summit", "Trailhawk"], ["3.6L V6", "5.7L V8", "2.0L I4 PHEV"]),
        new("Chevrolet", "Equinox", "3GN", "AXK", "LS6", "SUV", 2010, ["LS", "LT", "RS", "Premier"], ["1.5L I4 Turbo"]),
        new("Toyota", "Tacoma", "3TM", "CZ5", "MTX", "Pickup", 2008, ["SR", "SR5", "TRD Sport", "TRD Off-Road", "Limited"], ["2.7L I4", "3.5L V6"]),
        new("GMC", "Sierra 1500", "3GT", "UUD", "G1Z", "Pickup", 2008, ["Pro", "SLE", "Elevation", "SLT", "AT4", "Denali"], ["5.3L V8", "6.2L V8", "2.7L I4 Turbo"]),
        new("Ford", "Explorer", "1FM", "5K8", "CDG", "SUV", 2008, ["Base", "XLT", "Limited", "Platinum", "ST"], ["2.3L I4 Turbo", "3.0L V6 Turbo"]),
        new("Honda", "Accord", "1HG", "CY1", "ALB", "Sedan", 2008, ["LX", "Sport", "EX-L", "Touring"], ["1.5L I4 Turbo", "2.0L I4 Turbo", "2.0L I4 Hybrid"]),
        new("Hyundai", "Tucson", "5NM", "JB3", "UHB", "SUV", 2010, ["SE", "SEL", "N Line", "Limited"], ["2.5L I4", "1.6L I4 Turbo Hybrid"]),
        new("Jeep", "Wrangler", "1C4", "HJX", "LWD", "SUV", 2008, ["Sport", "Sahara", "Rubicon"], ["3.6L V6", "2.0L I4 Turbo"]),
        new("Tesla", "Model 3", "5YJ", "3E1", "FPA", "Sedan", 2017, ["Standard Range", "Long Range", "Performance"], ["Single Motor Electric", "Dual Motor Electric"]),
        new("Subaru", "Outback", "4S4", "BTA", "31G", "Wagon", 2008, ["Base", "Premium", "Limited", "Touring", "Wilderness"], ["2.5L H4", "2.4L H4 Turbo"]),
        new("Ford", "Escape", "1FM", "CU9", "ULK", "SUV", 2008, ["S", "SE", "SEL", "Titanium"], ["1.5L I3 Turbo", "2.0L I4 Turbo"]),
        new("Chevrolet", "Tahoe", "1GN", "SKC", "RJ1", "SUV", 2008, ["LS", "LT", "RST", "Z71", "Premier", "High Country"], ["5.3L V8", "6.2L V8"]),
        new("Kia", "Sorento", "5XY", "P64", "G7M", "SUV", 2011, ["LX", "S", "EX", "SX"], ["2.5L I4", "2.5L I4 Turbo"]),
        new("Nissan", "Altima", "1N4", "BL4", "CNM", "Sedan", 2008, ["S", "SV", "SR", "SL", "Platinum"], ["2.5L I4", "2.0L I4 Turbo"]),
        new("Mazda", "CX-5", "JM3", "KFB", "0HJ", "SUV", 2013, ["S", "Select", "Preferred", "Carbon Edition", "Turbo Signature"], ["2.5L I4", "2.5L I4 Turbo"]),
        new("Subaru", "Forester", "JF2", "SKA", "GHM", "SUV", 2008, ["Base", "Premium", "Sport", "Limited", "Touring"], ["2.5L H4"]),
        new("Hyundai", "Elantra", "5NP", "LM4", "UHA", "Sedan", 2008, ["SE", "SEL", "Limited", "N Line"], ["2.0L I4"]),
        new("Ford", "Mustang", "1FA", "6P8", "5FR", "Coupe", 2008, ["EcoBoost", "GT", "Mach 1"], ["2.3L I4 Turbo", "5.0L V8"]),
        new("Volkswagen", "Jetta", "3VW", "C57", "MPN", "Sedan", 2008, ["S", "Sport", "SE", "SEL", "GLI"], ["1.5L I4 Turbo", "2.0L I4 Turbo"]),
        new("Volkswagen", "Atlas", "1V2", "JR2", "CTZ", "SUV", 2018, ["SE", "SE with Technology", "SEL", "SEL Premium R-Line"], ["2.0L I4 Turbo", "3.6L VR6"]),
        new("Kia", "Forte", "3KP", "F24", "E7M", "Sedan", 2010, ["FE", "LXS", "GT-Line", "GT"], ["2.0L I4", "1.6L I4 Turbo"]),
        new("Mazda", "Mazda3", "3MZ", "BPA", "M0J", "Hatchback", 2008, ["Select", "Preferred", "Premium", "Turbo"], ["2.5L I4", "2.5L I4 Turbo"]),
        new("Honda", "Pilot", "5FN", "YF6", "BLH", "SUV", 2008, ["LX", "EX-L", "Touring", "Elite"], ["3.5L V6"]),
        new("Toyota", "Highlander", "5TD", "GZR", "SKW", "SUV", 2008, ["L", "LE", "XLE", "Limited", "Platinum"], ["3.5L V6", "2.4L I4 Turbo"]),
        new("Lexus", "RX", "2T2", "HZM", "CKL", "SUV", 2008, ["RX 350", "RX 350h", "RX 500h F Sport"], ["3.5L V6", "2.4L I4 Turbo", "2.5L I4 Hybrid"]),
        new("BMW", "3 Series", "WBA", "5R1", "FKN", "Sedan", 2008, ["330i", "330i xDrive", "M340i"], ["2.0L I4 Turbo", "3.0L I6 Turbo"]),
        new("BMW", "X5", "5UX", "CR6", "L9N", "SUV", 2008, ["sDrive40i", "xDrive40i", "xDrive50e", "M60i"], ["3.0L I6 Turbo", "4.4L V8 Turbo"]),
        new("Mercedes-Benz", "C-Class", "W1K", "AF4", "RFR", "Sedan", 2008, ["C 300", "C 300 4MATIC", "AMG C 43"], ["2.0L I4 Turbo"]),
        new("Mercedes-Benz", "GLE", "4JG", "FB4", "AVB", "SUV", 2016, ["GLE 350", "GLE 450", "AMG GLE 53"], ["2.0L I4 Turbo", "3.0L I6 Turbo"]),
        new("Chevrolet", "Malibu", "1G1", "ZD5", "FG4", "Sedan", 2008, ["LS", "RS", "LT", "Premier"], ["1.5L I4 Turbo", "2.0L I4 Turbo"]),
    ];

    public static readonly string[] Colors =
        ["White", "Black", "Gray", "Silver", "Blue", "Red", "Brown", "Green", "Beige", "Orange", "Gold", "Yellow", "Purple"];
}
