namespace Portal.Features.Customers.Profile.Related;

/// <summary>
/// An offline VIN decoder for what a source leaves out: the make from the world manufacturer identifier (the first
/// three characters, common makes only) and the model year from the tenth character (1980-2009 when the seventh
/// is a digit, 2010-2039 otherwise: the North American rule). Models need a vendor database: not decoded here.
/// </summary>
public static class VinDecoder
{
    private const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789";

    private static readonly Dictionary<string, string> Makes = new(StringComparer.Ordinal)
    {
        ["1FA"] = "Ford", ["1FM"] = "Ford", ["1FT"] = "Ford", ["1FD"] = "Ford", ["3FA"] = "Ford", ["2FM"] = "Ford",
        ["1G1"] = "Chevrolet", ["1GC"] = "Chevrolet", ["1GN"] = "Chevrolet", ["2G1"] = "Chevrolet", ["3GN"] = "Chevrolet",
        ["1GT"] = "GMC", ["1GK"] = "GMC", ["1G6"] = "Cadillac", ["1GY"] = "Cadillac", ["1G4"] = "Buick",
        ["1C4"] = "Chrysler", ["2C3"] = "Chrysler", ["1C6"] = "Ram", ["3C6"] = "Ram", ["1J4"] = "Jeep", ["1C3"] = "Dodge", ["2C4"] = "Dodge",
        ["1HG"] = "Honda", ["2HG"] = "Honda", ["5FN"] = "Honda", ["JHM"] = "Honda", ["19U"] = "Acura", ["JH4"] = "Acura",
        ["1N4"] = "Nissan", ["1N6"] = "Nissan", ["5N1"] = "Nissan", ["JN1"] = "Nissan", ["JN8"] = "Nissan",
        ["4T1"] = "Toyota", ["4T3"] = "Toyota", ["5TD"] = "Toyota", ["5TF"] = "Toyota", ["JTD"] = "Toyota", ["JTE"] = "Toyota", ["2T1"] = "Toyota",
        ["JTH"] = "Lexus", ["2T2"] = "Lexus", ["KMH"] = "Hyundai", ["5NP"] = "Hyundai", ["KNA"] = "Kia", ["KND"] = "Kia", ["5XY"] = "Kia",
        ["JF1"] = "Subaru", ["JF2"] = "Subaru", ["4S3"] = "Subaru", ["4S4"] = "Subaru", ["JM1"] = "Mazda", ["JM3"] = "Mazda",
        ["WBA"] = "BMW", ["5UX"] = "BMW", ["WDD"] = "Mercedes-Benz", ["4JG"] = "Mercedes-Benz", ["W1K"] = "Mercedes-Benz",
        ["WAU"] = "Audi", ["WA1"] = "Audi", ["WVW"] = "Volkswagen", ["3VW"] = "Volkswagen", ["1VW"] = "Volkswagen", ["WP0"] = "Porsche",
        ["YV1"] = "Volvo", ["5YJ"] = "Tesla", ["7SA"] = "Tesla", ["SAL"] = "Land Rover", ["SAJ"] = "Jaguar", ["ZFA"] = "Fiat",
    };

    /// <summary>The make and model year a VIN tells, each null when it does not.</summary>
    public static (string? Make, int? Year) Decode(string? vin)
    {
        if (vin is not { Length: 17 })
        {
            return (null, null);
        }
        var make = Makes.GetValueOrDefault(vin[..3]);
        var index = YearCodes.IndexOf(vin[9], StringComparison.Ordinal);
        int? year = index < 0 ? null : (char.IsAsciiDigit(vin[6]) ? 1980 : 2010) + index;
        return (make, year);
    }
}
