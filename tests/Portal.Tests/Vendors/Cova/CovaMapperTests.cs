using System.Net;
using System.Text.Json;
using Portal.Vendors.Cova;
using Portal.TestSupport;
using Portal.Vendors.Http;

namespace Portal.Tests.Vendors.Cova;

public sealed class CovaMapperTests
{
    private static List<CovaCustomer> DocExample() =>
        JsonSerializer.Deserialize<List<CovaCustomer>>(DocFixtures.Text("cova", "customer-full-200.json"), VendorJson.Options) ?? [];

    [Fact]
    public void ToCustomer_DocumentExample_MapsEveryCommonField()
    {
        var source = DocExample()[0];

        var customer = CovaMapper.ToCustomer(4, source);

        Assert.NotNull(customer);
        Assert.Equal("cova:4:45b95f03-9774-4302-9212-018ff0fd33b5", customer.Source.ToString());
        Assert.Equal("sample string 1", customer.FirstName);
        Assert.Equal("sample string 4", customer.MiddleName);
        Assert.Equal("sample string 5", customer.LastName);
        Assert.Equal("15", customer.VersionToken);
        Assert.True(customer.Disabled);
        Assert.True(customer.DoNotContact);
        Assert.Null(customer.MergedIntoExternalId); // {} in the example: not merged
        Assert.Equal(new DateOnly(2024, 11, 7), customer.Sensitive?.DateOfBirth);
        Assert.Equal(new DateTimeOffset(2024, 11, 7, 8, 46, 32, TimeSpan.Zero).AddTicks(718006), customer.LastModifiedUtc);
        Assert.Equal(new Portal.Vendors.Model.PostalAddress("sample string 1", "sample string 2", "sample string 3",
            "sample string 15", "sample string 17", "sample string 12"), customer.Address);
        Assert.Empty(customer.Emails); // "sample string 1" is neither an e-mail nor a phone number
        Assert.Empty(customer.Phones);
        Assert.Equal([source.UniqueIdentifier ?? "?"], customer.AlternateIds); // the key other systems (Guardant refid) hold
    }

    [Fact]
    public void ToCustomer_ContactMethodsByCategory_SplitIntoEmailsAndPhonesDefaultFirst()
    {
        var customer = CovaMapper.ToCustomer(1, new CovaCustomer
        {
            Id = "c-1",
            ContactMethods =
            [
                new() { ContactMethodCategory = "Phone", ContactMethodType = "Home", Value = "212-555-0123" },
                new() { ContactMethodCategory = "Email", Value = "A.Smith@Example.NET" },
                new() { ContactMethodCategory = "Phone", ContactMethodType = "Mobile", Value = "+1 (646) 555-0144", Default = true },
            ],
        });

        Assert.NotNull(customer);
        Assert.Equal(["a.smith@example.net"], customer.Emails);
        Assert.Equal(["+16465550144", "+12125550123"], customer.Phones);
        Assert.Null(customer.Sensitive);
    }

    [Fact]
    public void ToCustomer_MergedAndDatesWithoutOffset_ReadAsIdAndUtc()
    {
        var customer = JsonSerializer.Deserialize<CovaCustomer>("""
            {"Id":"dup-1","MergedIntoCustomerId":"surv-1","DateOfBirth":"1985-03-12T00:00:00",
             "LastModifiedDateUtc":"2026-10-01T12:00:00","Addresses":[{"Default":false,"City":"Austin","Zip":73301},
             {"Default":true,"Locality":"Boston","StateCode":"MA","Zip":2134}]}
            """, VendorJson.Options) ?? throw new InvalidOperationException();

        var record = CovaMapper.ToCustomer(1, customer);

        Assert.NotNull(record);
        Assert.Equal("surv-1", record.MergedIntoExternalId);
        Assert.Equal(new DateOnly(1985, 3, 12), record.Sensitive?.DateOfBirth);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero), record.LastModifiedUtc);
        Assert.Equal("Boston", record.Address?.City);
        Assert.Equal("2134", record.Address?.PostalCode);
    }

    [Fact]
    public void MergedCustomerIds_ObjectsWithId_AreListed()
    {
        var survivor = JsonSerializer.Deserialize<CovaCustomer>("""{"Id":"s","MergedCustomers":[{"Id":"a"},"b",{}]}""", VendorJson.Options)
            ?? throw new InvalidOperationException();

        Assert.Equal(["a", "b"], CovaMapper.MergedCustomerIds(survivor));
    }

    [Fact]
    public void ToCustomer_NoId_ReturnsNull() => Assert.Null(CovaMapper.ToCustomer(1, new CovaCustomer { PrimaryName = "A" }));

    [Fact]
    public void ReadError_WebApiMessage_IsTheMessage() =>
        Assert.Equal("Authorization has been denied for this request.",
            CovaErrorReader.Read(HttpStatusCode.Unauthorized, """{"Message":"Authorization has been denied for this request."}""").Message);

    [Fact]
    public void ReadError_ODataError_GivesValueAndCode()
    {
        var error = CovaErrorReader.Read(HttpStatusCode.BadRequest, """{"odata.error":{"code":"Q1","message":{"lang":"en-US","value":"Bad filter"}}}""");

        Assert.Equal("Bad filter", error.Message);
        Assert.Equal("Q1", error.Code);
    }
}
