namespace Portal.Sandbox.People;

/// <summary>The five vendor systems the sandbox emulates. The numeric values seed per-vendor random streams and
/// ids, so they must never be reordered.</summary>
public enum SandboxVendor
{
    Drivly = 0,
    MyKaarma = 1,
    Cova = 2,
    Walcu = 3,
    Guardant = 4,
}
