using System.Text.Json.Nodes;

namespace Portal.TestSupport;

/// <summary>Example payloads copied from the vendor documents into tests/Portal.Tests/Fixtures/VendorDocs/{vendor}/.</summary>
public static class DocFixtures
{
    public static string Path(string vendor, string file) =>
        System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "VendorDocs", vendor, file);

    public static string Text(string vendor, string file) => File.ReadAllText(Path(vendor, file));

    public static JsonNode Json(string vendor, string file) =>
        JsonNode.Parse(Text(vendor, file)) ?? throw new InvalidOperationException($"{file} is empty.");
}
