namespace Portal.Sandbox;

/// <summary>
/// One vendor's emulator. It maps the vendor's documented paths on a route group already prefixed with
/// /sandbox/{Vendor}, checks credentials the way that vendor does, and answers in that vendor's JSON shapes.
/// Emulators share nothing with the portal's vendor clients (not even DTOs), so contract tests can catch drift.
/// </summary>
public interface ISandboxEmulator
{
    /// <summary>The vendor slug used in the path: drivly, mykaarma, cova, walcu or guardant.</summary>
    string Vendor { get; }

    void Map(RouteGroupBuilder group);

    /// <summary>What a person, a test or a benchmark needs to connect: credentials, ids and the paths it serves.</summary>
    SandboxEmulatorInfo Describe(Uri baseUrl);
}

/// <summary>An emulator's entry in the GET /sandbox index.</summary>
public sealed record SandboxEmulatorInfo(
    string Vendor,
    string BaseUrl,
    IReadOnlyDictionary<string, string> Credentials,
    IReadOnlyDictionary<string, string> Ids,
    IReadOnlyList<string> Endpoints,
    IReadOnlyList<string> Assumptions);
