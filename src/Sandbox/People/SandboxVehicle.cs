namespace Portal.Sandbox.People;

/// <summary>A vehicle a person owns; the VIN passes the ISO 3779 check digit and is unique in the population.</summary>
public sealed record SandboxVehicle(string Vin, int Year, string Make, string Model, string Trim, string BodyStyle,
    string Engine, string Color);
