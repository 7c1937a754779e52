using Microsoft.AspNetCore.DataProtection;
using Portal.Features.Connections;

namespace Portal.Tests.Features.Connections;

public sealed class ConnectionSecretSealerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Seal_ThenUnseal_RoundTripsAndHidesTheSecret()
    {
        var sealer = new ConnectionSecretSealer(Provider(_folder));
        var secrets = new Dictionary<string, string> { ["apiKey"] = "canary-secret-4711" };

        var sealedText = sealer.Seal(secrets);

        Assert.DoesNotContain("canary-secret-4711", sealedText);
        Assert.Equal("canary-secret-4711", sealer.Unseal(sealedText, "Walcu")["apiKey"]);
    }

    [Fact]
    public void Unseal_KeyRingLost_FailsClosedWithAClearMessage()
    {
        var sealedText = new ConnectionSecretSealer(Provider(_folder)).Seal(new Dictionary<string, string> { ["apiKey"] = "x" });
        Directory.Delete(_folder, recursive: true);

        var other = new ConnectionSecretSealer(Provider(_folder + "-new"));

        var ex = Assert.Throws<ConnectionSecretsUnavailableException>(() => other.Unseal(sealedText, "Walcu"));
        Assert.Contains("key ring", ex.Message);
        Assert.Contains("Walcu", ex.Message);
    }

    private static IDataProtectionProvider Provider(string folder) =>
        DataProtectionProvider.Create(new DirectoryInfo(folder), b => b.SetApplicationName("DealerPortal"));

    public void Dispose()
    {
        foreach (var folder in new[] { _folder, _folder + "-new" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
