namespace Portal.Sandbox.People.Lists;

/// <summary>A first name with the short forms people go by.</summary>
internal sealed record GivenName(string Name, string[] Nicknames);

/// <summary>US first names, most common first (the generator picks with a skew to the front), with the nicknames
/// real records carry instead: the same customer is "William" at one vendor and "Bill" at another.</summary>
internal static class GivenNames
{
    public static readonly GivenName[] Male =
    [
        new("James", ["Jim", "Jimmy", "Jamie"]), new("Robert", ["Bob", "Rob", "Bobby"]), new("John", ["Jack", "Johnny"]),
        new("Michael", ["Mike", "Mikey"]), new("David", ["Dave"]), new("William", ["Bill", "Will", "Billy", "Liam"]),
        new("Richard", ["Rick", "Rich", "Dick"]), new("Joseph", ["Joe", "Joey"]), new("Thomas", ["Tom", "Tommy"]),
        new("Christopher", ["Chris"]), new("Charles", ["Charlie", "Chuck"]), new("Daniel", ["Dan", "Danny"]),
        new("Matthew", ["Matt"]), new("Anthony", ["Tony"]), new("Mark", []), new("Donald", ["Don"]),
        new("Steven", ["Steve"]), new("Andrew", ["Andy", "Drew"]), new("Paul", []), new("Joshua", ["Josh"]),
        new("Kenneth", ["Ken", "Kenny"]), new("Kevin", []), new("Brian", []), new("Timothy", ["Tim"]),
        new("Ronald", ["Ron"]), new("Jose", ["Pepe"]), new("Edward", ["Ed", "Ted", "Eddie"]), new("Jason", []),
        new("Jeffrey", ["Jeff"]), new("Ryan", []), new("Jacob", ["Jake"]), new("Gary", []),
        new("Nicholas", ["Nick"]), new("Eric", []), new("Jonathan", ["Jon"]), new("Stephen", ["Steve"]),
        new("Larry", []), new("Justin", []), new("Scott", []), new("Benjamin", ["Ben"]), new("Samuel", ["Sam"]),
        new("Gregory", ["Greg"]), new("Alexander", ["Alex"]), new("Patrick", ["Pat"]), new("Frank", []),
        new("Raymond", ["Ray"]), new("Carlos", []), new("Juan", []), new("Luis", []), new("Miguel", []),
        new("Francisco", ["Paco", "Pancho"]), new("Alejandro", ["Alex"]), new("Jesus", ["Chuy"]),
        new("Lawrence", ["Larry"]), new("Nathan", ["Nate"]), new("Zachary", ["Zach"]), new("Tyler", []),
        new("Wei", []), new("Minh", []), new("Rajesh", ["Raj"]), new("Hiroshi", []), new("Chinedu", []),
        new("Mohammed", []), new("Dmitri", []), new("Sean", []), new("Liam", []), new("Mateo", []),
    ];

    public static readonly GivenName[] Female =
    [
        new("Mary", []), new("Patricia", ["Pat", "Patty", "Trish"]), new("Jennifer", ["Jen", "Jenny"]),
        new("Linda", []), new("Elizabeth", ["Liz", "Beth", "Betsy", "Eliza"]), new("Barbara", ["Barb"]),
        new("Susan", ["Sue", "Susie"]), new("Jessica", ["Jess", "Jessie"]), new("Sarah", []),
        new("Karen", []), new("Margaret", ["Maggie", "Peggy", "Meg"]), new("Nancy", []), new("Lisa", []),
        new("Betty", []), new("Dorothy", ["Dot", "Dottie"]), new("Sandra", ["Sandy"]), new("Ashley", []),
        new("Kimberly", ["Kim"]), new("Donna", []), new("Emily", ["Em"]), new("Michelle", ["Shelly"]),
        new("Carol", []), new("Amanda", ["Mandy"]), new("Melissa", ["Missy"]), new("Deborah", ["Deb", "Debbie"]),
        new("Stephanie", ["Steph"]), new("Rebecca", ["Becky", "Becca"]), new("Laura", []),
        new("Cynthia", ["Cindy"]), new("Kathleen", ["Kathy", "Kate"]), new("Amy", []),
        new("Katherine", ["Kate", "Katie", "Kathy"]), new("Christina", ["Chris", "Tina"]),
        new("Victoria", ["Vicky", "Tori"]), new("Samantha", ["Sam"]), new("Alexandra", ["Alex", "Lexi"]),
        new("Abigail", ["Abby"]), new("Theresa", ["Terri", "Tess"]), new("Maria", []), new("Ana", []),
        new("Guadalupe", ["Lupe"]), new("Dolores", ["Lola"]), new("Carmen", []), new("Rosa", []),
        new("Sofia", []), new("Olivia", ["Liv"]), new("Emma", []), new("Isabella", ["Bella", "Izzy"]),
        new("Natalie", ["Nat"]), new("Jacqueline", ["Jackie"]), new("Mei", []), new("Priya", []),
        new("Aisha", []), new("Yuki", []), new("Ngozi", []), new("Fatima", []), new("Siobhan", []),
        new("Zoë", []), new("Chloé", []), new("Lucía", []), new("Renée", []),
    ];
}
