namespace Portal.Sandbox.People.Lists;

/// <summary>US surnames, most common first, with the shapes that break naive matching: accents (Núñez),
/// apostrophes (O'Brien), hyphens (Núñez-O'Brien), spaces and particles (De la Cruz), prefixes (McDonald).</summary>
internal static class FamilyNames
{
    public static readonly string[] All =
    [
        "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
        "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
        "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
        "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
        "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
        "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
        "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez",
        "Núñez", "Peña", "Muñoz", "Ibáñez", "Chen", "Wang", "Singh", "Cohen", "Schmidt", "Kowalski",
        "O'Brien", "O'Connor", "O'Neil", "D'Angelo", "McDonald", "MacArthur", "McCarthy", "Fitzgerald",
        "De la Cruz", "Van der Berg", "St. James", "Del Rosario", "Núñez-O'Brien", "Smith-Jones",
        "García-López", "Martínez-Ruiz", "Okafor", "Yamamoto", "Zhang", "Haddad", "Müller", "Björk",
    ];
}
