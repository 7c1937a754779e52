using Portal.Features.Connections.Admin;
using Portal.Vendors;

namespace Portal.IntegrationTests.Connections;

/// <summary>Connection forms for the sandbox emulators the test portal serves itself.</summary>
internal static class ConnectionInputs
{
    public const string GuardantKey = "guardant-sandbox-key-8c4f77";

    public static ConnectionInput Guardant(int dealershipId, string name, string apiKey = GuardantKey)
    {
        var input = ConnectionInput.New(VendorKind.Guardant, dealershipId);
        input.Name = name;
        input.BaseUrl = "{self}/sandbox/guardant/v1.0/";
        input.Secrets.Single(s => s.Field.Key == "apiKey").Value = apiKey;
        return input;
    }

    public static SecretInput GuardantSecret(string apiKey)
    {
        var input = new SecretInput(VendorKind.Guardant);
        input.Secrets.Single().Value = apiKey;
        return input;
    }
}
