namespace Portal.Sandbox.Cova;

/// <summary>US state names by postal code: Cova sends the code and the name side by side.</summary>
internal static class UsStates
{
    private static readonly Dictionary<string, string> Names = (
        "AL:Alabama,AK:Alaska,AZ:Arizona,AR:Arkansas,CA:California,CO:Colorado,CT:Connecticut,DE:Delaware,DC:District of Columbia," +
        "FL:Florida,GA:Georgia,HI:Hawaii,ID:Idaho,IL:Illinois,IN:Indiana,IA:Iowa,KS:Kansas,KY:Kentucky,LA:Louisiana,ME:Maine," +
        "MD:Maryland,MA:Massachusetts,MI:Michigan,MN:Minnesota,MS:Mississippi,MO:Missouri,MT:Montana,NE:Nebraska,NV:Nevada," +
        "NH:New Hampshire,NJ:New Jersey,NM:New Mexico,NY:New York,NC:North Carolina,ND:North Dakota,OH:Ohio,OK:Oklahoma,OR:Oregon," +
        "PA:Pennsylvania,RI:Rhode Island,SC:South Carolina,SD:South Dakota,TN:Tennessee,TX:Texas,UT:Utah,VT:Vermont,VA:Virginia," +
        "WA:Washington,WV:West Virginia,WI:Wisconsin,WY:Wyoming")
        .Split(',').Select(pair => pair.Split(':')).ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    public static string Name(string code) => Names.GetValueOrDefault(code, code);
}
