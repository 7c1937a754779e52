namespace Portal.Sandbox.People;

/// <summary>One random stream per part of a record, so each part can be regenerated alone (an anchor's address
/// without its vehicles) and adding a draw to one part never reshuffles the others.</summary>
internal static class Salts
{
    public const int Relation = 1;
    public const int Name = 2;
    public const int Birth = 3;
    public const int Home = 4;
    public const int Phone = 5;
    public const int Email = 6;
    public const int Licence = 7;
    public const int Employment = 8;
    public const int Vehicles = 9;
    public const int Time = 10;
    public const int Vendors = 11;
    public const int View = 12;
    public const int ViewTime = 13;
    public const int Household = 14;
}
