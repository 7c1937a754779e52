using System.Text.Json;
using Portal.Vendors.Http;

namespace Portal.Tests.Vendors;

/// <summary>The vendor documents' example payloads, copied into Fixtures/VendorDocs/&lt;vendor&gt;/.</summary>
internal static class DocFixture
{
    public static string Text(string vendor, string file) => DocFixtures.Text(vendor, file);

    public static T Read<T>(string vendor, string file) =>
        JsonSerializer.Deserialize<T>(Text(vendor, file), VendorJson.Options) ?? throw new InvalidOperationException($"{file} is empty.");
}
