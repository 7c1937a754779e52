using System.Net;
using System.Text.Json;

namespace Portal.IntegrationTests.Sandbox;

public sealed class SandboxIndexTests
{
    [Fact]
    public async Task GetSandbox_SandboxMode_ListsEmulatorsWithoutSignIn()
    {
        using var factory = new PortalAppFactory();
        using var client = factory.CreateLoopbackClient();

        var response = await client.GetAsync("sandbox");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("emulators").ValueKind);
    }

    [Fact]
    public async Task GetSandbox_SandboxOff_IsNotServed()
    {
        using var factory = new PortalAppFactory().With("Sandbox:Enabled", "false");
        using var client = factory.CreateLoopbackClient();

        var response = await client.GetAsync("sandbox");

        // Without the sandbox the path is just a portal page that needs sign-in.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
