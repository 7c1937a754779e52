using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Portal.Hosting;

/// <summary>
/// The portal's own loopback address, for connections whose base URL starts with "{self}" (the sandbox
/// emulators it serves itself). Read from the server once it listens, so it works with any port, tests included.
/// </summary>
public sealed class SelfAddress(IServer server)
{
    public const string Token = "{self}";

    public Uri Resolve(string baseUrl)
    {
        var text = baseUrl.StartsWith(Token, StringComparison.OrdinalIgnoreCase) ? Root() + baseUrl[Token.Length..].TrimStart('/') : baseUrl;
        return new Uri(text.EndsWith('/') ? text : text + "/");
    }

    private string Root()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The portal is not listening yet, so '{self}' connections cannot be resolved.");
        // A wildcard binding is reachable over loopback.
        address = address.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1")
            .Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://[::1]");
        return address.TrimEnd('/') + "/";
    }
}
