namespace Portal.Features.Customers.Linking;

/// <summary>
/// Common English (and a few Spanish) short forms of given names that do not start like the name itself (prefixes
/// such as Chris for Christopher are caught by <see cref="NameMatch.First"/> without a table). Two names match when
/// they are the same name's forms: Bill and William, Bill and Will, Peggy and Margaret.
/// </summary>
internal static class Nicknames
{
    private static readonly string[][] Groups =
    [
        ["william", "bill", "billy", "will", "willy", "liam"], ["robert", "bob", "bobby", "rob", "robbie", "bert"],
        ["richard", "rick", "ricky", "rich", "dick"], ["james", "jim", "jimmy", "jamie"], ["john", "jack", "johnny"],
        ["edward", "ed", "eddie", "ted", "ned"], ["charles", "charlie", "chuck"], ["andrew", "andy", "drew"],
        ["anthony", "tony"], ["francisco", "paco", "pancho"], ["jesus", "chuy"], ["jose", "pepe"],
        ["alexander", "alex", "sasha"], ["alejandro", "alex"], ["lawrence", "larry"], ["henry", "hank", "harry"],
        ["margaret", "maggie", "peggy", "meg", "marge"], ["elizabeth", "liz", "beth", "betsy", "eliza", "betty"],
        ["patricia", "pat", "patty", "trish"], ["susan", "sue", "susie"], ["dorothy", "dot", "dottie"],
        ["sandra", "sandy"], ["michelle", "shelly"], ["amanda", "mandy"], ["melissa", "missy"],
        ["rebecca", "becky", "becca"], ["deborah", "deb", "debbie"], ["katherine", "kate", "katie", "kathy", "kat"],
        ["catherine", "cathy", "kate", "katie"], ["christine", "chris", "tina"], ["victoria", "vicky", "tori"],
        ["theodore", "ted", "teddy", "theo"], ["nicholas", "nick", "nicky"], ["zachary", "zach", "zack"],
        ["steven", "steve"], ["stephen", "steve"], ["jonathan", "jon"], ["joseph", "joe", "joey"],
        ["samuel", "sam"], ["benjamin", "ben"], ["gregory", "greg"], ["jeffrey", "jeff"], ["jacob", "jake"],
        ["timothy", "tim"], ["kenneth", "ken", "kenny"], ["ronald", "ron"], ["donald", "don"], ["nathan", "nate"],
        ["raymond", "ray"], ["rajesh", "raj"], ["kimberly", "kim"], ["jennifer", "jen", "jenny"],
        ["jessica", "jess", "jessie"], ["stephanie", "steph"], ["emily", "em"], ["barbara", "barb"],
        ["matthew", "matt"], ["michael", "mike", "mikey"], ["david", "dave"], ["daniel", "dan", "danny"],
        ["thomas", "tom", "tommy"], ["christopher", "chris"], ["joshua", "josh"], ["patrick", "pat"],
        ["kathleen", "kate", "kathy", "katie", "kat"], ["isabella", "izzy", "bella"], ["abigail", "abby", "abbie"],
        ["jacqueline", "jackie"], ["cynthia", "cindy"], ["pamela", "pam"], ["angela", "angie"], ["frances", "fran"],
        ["gabriel", "gabe"], ["vincent", "vince"], ["harold", "hal"], ["walter", "walt"], ["eugene", "gene"],
        ["leonard", "leo", "len"], ["terrence", "terry"], ["gerald", "jerry"], ["peter", "pete"], ["philip", "phil"],
        ["olivia", "liv"], ["valerie", "val"], ["natalie", "nat"], ["jeremy", "jerry"], ["manuel", "manny"],
        ["guillermo", "memo"], ["ignacio", "nacho"], ["eduardo", "lalo"], ["enrique", "kike"], ["roberto", "beto"],
    ];

    private static readonly Dictionary<string, int[]> GroupsOf = Groups
        .SelectMany((names, group) => names.Select(name => (name, group)))
        .GroupBy(x => x.name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.group).ToArray(), StringComparer.Ordinal);

    /// <summary>True when both normalised names are forms of one name, allowing <paramref name="slip"/> (one typo) in
    /// either: "Pepee" is a slip of Pepe, which is José.</summary>
    public static bool Match(string a, string b, Func<string, string, bool> slip) =>
        Forms(a).Any(f => f == b || slip(f, b)) || Forms(b).Any(f => slip(a, f));

    /// <summary>Every form of every name this one is a form of ("bill" gives william, will, billy...).</summary>
    private static IEnumerable<string> Forms(string name) =>
        GroupsOf.TryGetValue(name, out var groups) ? groups.SelectMany(g => Groups[g]) : [];
}
