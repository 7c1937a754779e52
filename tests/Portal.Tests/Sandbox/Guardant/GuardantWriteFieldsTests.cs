using System.Text.Json;
using Portal.Sandbox.Guardant;
using Portal.Tests.Vendors;

namespace Portal.Tests.Sandbox.Guardant;

public sealed class GuardantWriteFieldsTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Parse_DocPostExampleWithLeadingSpace_ReadsCustomerName()
    {
        var (fields, error) = GuardantWriteFields.Parse(Json(DocFixture.Text("guardant", "customer-post-request.json")));

        Assert.Null(error);
        Assert.Equal(("My first name", "My last name", "postman@gmail.com", "Google"), (fields?.Name, fields?.LastName, fields?.Email, fields?.CompanyName));
        Assert.Equal(("123-11-11", "Created by postman", 0, false), (fields?.Phone, fields?.Description, fields?.Status, fields?.Archived));
    }

    [Fact]
    public void Parse_FieldsLeftOut_AreBlank()
    {
        var (fields, _) = GuardantWriteFields.Parse(Json("""{"customerEmail":"a@example.com"}"""));

        Assert.Equal(new GuardantWriteFields("", "", "a@example.com", "", "", "", 0, false, "", ""), fields);
    }

    [Theory]
    [InlineData("""{"customerName": 5}""", "customerName must be a string.")]
    [InlineData("""{"customerStatus": "1"}""", "customerStatus must be 0 or 1.")]
    [InlineData("""{"customerStatus": 7}""", "customerStatus must be 0 or 1.")]
    [InlineData("""{"archived": "yes"}""", "archived must be true or false.")]
    [InlineData("""[1]""", "The body must be a JSON object.")]
    public void Parse_WrongTypes_NamesTheField(string json, string message) => Assert.Equal(message, GuardantWriteFields.Parse(Json(json)).Error);

    [Fact]
    public void ToCustomer_Archiving_StampsOnceAndClearsOnRestore()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);
        var archive = new GuardantWriteFields("A", "B", "", "", "", "", 0, true, "", "");

        var archived = archive.ToCustomer(9, previous: null, now);
        var stillArchived = archive.ToCustomer(9, archived, now.AddDays(3));
        var restored = (archive with { Archived = false }).ToCustomer(9, stillArchived, now.AddDays(4));

        Assert.Equal((1_800_000_000L, 1_800_000_000L, 0L), (archived.ArchivationDate, stillArchived.ArchivationDate, restored.ArchivationDate));
    }
}
