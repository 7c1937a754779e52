namespace Portal.Sandbox;

/// <summary>Sandbox settings (section "Sandbox").</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Serve the vendor emulators under /sandbox/ (and, in the portal, the demo dealership and accounts).</summary>
    public bool Enabled { get; set; }

    /// <summary>Seed of the generated world: the same seed always gives the same data.</summary>
    public int Seed { get; set; } = 20261122;

    /// <summary>How many people the generated world holds (each appears in one to four vendors).</summary>
    public int People { get; set; } = 2000;

    /// <summary>Faults applied from start, per vendor slug (drivly, mykaarma, cova, walcu, guardant).</summary>
    public Dictionary<string, FaultSettings> Faults { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
