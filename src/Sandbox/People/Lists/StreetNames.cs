namespace Portal.Sandbox.People.Lists;

/// <summary>Street names, suffixes and unit forms for US street addresses.</summary>
internal static class StreetNames
{
    public static readonly string[] Names =
    [
        "Main", "Oak", "Maple", "Park", "Cedar", "Pine", "Elm", "Washington", "Lake", "Hill", "Sunset", "Lincoln",
        "Jefferson", "Madison", "Franklin", "Highland", "Church", "Mill", "River", "Spring", "Walnut", "Chestnut",
        "Willow", "Meadow", "Ridge", "Forest", "Jackson", "Adams", "Center", "Lakeview", "Fairview", "Riverside",
        "Valley View", "Country Club", "Old Mill", "Sycamore", "Hickory", "Birch", "Aspen", "Juniper", "Magnolia",
        "Dogwood", "Cherry", "Peachtree", "Martin Luther King Jr", "Cesar Chavez", "Mesa Verde", "Rio Grande",
        "Santa Fe", "Saint Charles", "O'Hara", "Camino del Sol", "Prairie", "Bluebonnet", "Cottonwood",
    ];

    public static readonly string[] Suffixes =
        ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir"];

    public static readonly string[] Directions = ["N", "S", "E", "W"];

    public static readonly string[] UnitForms = ["Apt", "Apt", "Apt", "Unit", "#"];
}
