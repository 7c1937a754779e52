using System.Net;
using System.Text.Json;
using Portal.Vendors;
using Portal.Vendors.Http;
using Portal.TestSupport;
using Portal.Vendors.MyKaarma;

namespace Portal.Tests.Vendors.MyKaarma;

public sealed class MyKaarmaMapperTests
{
    private static MyKaarmaProfileData DocExample() =>
        JsonSerializer.Deserialize<MyKaarmaProfileResponse>(DocFixtures.Text("mykaarma", "profile-data-200.json"), VendorJson.Options)?.CustomerProfileDataRequestDto
        ?? throw new InvalidOperationException("The example has no customerProfileDataRequestDTO.");

    [Fact]
    public void ToCustomer_DocumentExample_MapsIdentityAndDropsValuesThatAreNoContact()
    {
        var customer = MyKaarmaMapper.ToCustomer(7, DocExample());

        Assert.NotNull(customer);
        Assert.Equal("mykaarma:7:string", customer.Source.ToString());
        Assert.Equal("string", customer.FirstName);
        Assert.Equal("string", customer.LastName);
        Assert.Equal("string", customer.CompanyName);
        Assert.Empty(customer.Emails); // "string" is neither an e-mail nor a phone number
        Assert.Empty(customer.Phones);
        var vehicle = Assert.Single(customer.Vehicles);
        Assert.Null(vehicle.Vin);
        Assert.Null(vehicle.Year);
        Assert.Equal("string", vehicle.Make);
        Assert.Equal("mykaarma:7:string", vehicle.Source?.ToString());
    }

    [Fact]
    public void ToItems_DocumentExample_MapsStatusApproversFilesAndReviews()
    {
        var item = Assert.Single(MyKaarmaMapper.ToItems(7, "tok-1", DocExample()));

        Assert.Equal("string", item.Source.ExternalId);
        Assert.Equal("string", item.RequestUuid);
        Assert.Equal("string", item.DepartmentUuid);
        Assert.Equal("tok-1", item.ViewRequestToken);
        Assert.Equal(MyKaarmaItemStatus.Scheduled, item.Status);
        Assert.True(item.Required);
        Assert.True(item.ApprovalNeeded);
        Assert.Equal(["string"], item.ApproverUserUuids);
        Assert.True(item.HasFile);
        Assert.True(item.HasText);
        var review = Assert.Single(item.Reviews);
        Assert.Equal(MyKaarmaReviewStatus.Approved, review.Status);
        Assert.Null(review.ReviewedAtUtc); // "string" is not a time
    }

    [Fact]
    public void ToCustomer_MixedCommunications_SplitsByTypeNormalisesAndPutsPreferredFirst()
    {
        var profile = new MyKaarmaProfileData
        {
            CustomerInfo = new MyKaarmaCustomerInfo
            {
                Uuid = "c-1",
                Fname = " Ana ",
                Lname = "Núñez-O'Brien",
                Communications =
                [
                    new() { CommType = "PHONE", CommValue = "(415) 555-0101", Preferred = false },
                    new() { CommType = "EMAIL", CommValue = "Ana.Nunez@Example.com", Preferred = false },
                    new() { CommType = "TEXT", CommValue = "415.555.0199", Preferred = true },
                    new() { CommValue = "other@example.org" },
                ],
                Vehicles = [new() { Vin = "1hgcm82633a004352", Year = "2019", IsValid = true }, new() { Vin = "JH4KA7561PC008269", IsValid = false }],
            },
        };

        var customer = MyKaarmaMapper.ToCustomer(1, profile);

        Assert.NotNull(customer);
        Assert.Equal("Ana", customer.FirstName);
        Assert.Equal(["ana.nunez@example.com", "other@example.org"], customer.Emails);
        Assert.Equal(["+14155550199", "+14155550101"], customer.Phones);
        var vehicle = Assert.Single(customer.Vehicles);
        Assert.Equal("1HGCM82633A004352", vehicle.Vin);
        Assert.Equal(2019, vehicle.Year);
    }

    [Fact]
    public void ToCustomer_NoCustomerIds_ReturnsNull() =>
        Assert.Null(MyKaarmaMapper.ToCustomer(1, new MyKaarmaProfileData { CustomerInfo = new MyKaarmaCustomerInfo { Fname = "A" } }));

    [Fact]
    public void ToItem_RequesterAttributesAndIsoReviewTime_AreMapped()
    {
        var profile = JsonSerializer.Deserialize<MyKaarmaProfileData>("""
            {"vaultDataRequestUUID":"r-1","departmentUuid":"d-1",
             "attributes":{"requestedByUserUuid":"a55-1","requestedByName":"Casey Compliance","other":3},
             "items":[{"uuid":"i-1","status":"PENDING_APPROVAL",
               "reviews":[{"reviewStatus":"REQUESTED_AGAIN","reason":"blurry","reviewedAtDateTime":"2026-10-30T14:05:00Z"}]}]}
            """, VendorJson.Options) ?? throw new InvalidOperationException();

        var item = Assert.Single(MyKaarmaMapper.ToItems(3, "t", profile));

        Assert.Equal("a55-1", item.RequestedByUserUuid);
        Assert.Equal("Casey Compliance", item.RequestedByName);
        Assert.False(item.HasFile);
        Assert.Equal(new DateTimeOffset(2026, 10, 30, 14, 5, 0, TimeSpan.Zero), Assert.Single(item.Reviews).ReviewedAtUtc);
    }

    [Fact]
    public void ToWire_Review_WritesTheDocumentedReviewElement()
    {
        var review = new Portal.Vendors.Model.DataRequestReview("DECLINED", "a55-1", "Casey Compliance", "Expired",
            new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.FromHours(2)));

        var json = JsonSerializer.Serialize(MyKaarmaMapper.ToWire(review), VendorJson.Options);

        Assert.Equal("""{"reviewStatus":"DECLINED","reviewerUserUuid":"a55-1","reviewerName":"Casey Compliance","reason":"Expired","reviewedAtDateTime":"2026-11-02T07:30:00Z"}""", json);
    }

    [Fact]
    public void ReadError_DocumentEnvelope_GivesTitleMessageAndCode()
    {
        var error = MyKaarmaErrorReader.Read(HttpStatusCode.BadRequest, DocFixtures.Text("mykaarma", "envelope-error.json"));

        Assert.Equal("string: string", error.Message);
        Assert.Equal("0", error.Code);
    }

    [Fact]
    public void ReadError_NotJson_FallsBackToTheStatus() =>
        Assert.Equal("502 BadGateway", MyKaarmaErrorReader.Read(HttpStatusCode.BadGateway, "<html>").Message);

    [Fact]
    public void Departments_CommaSeparatedSetting_AreListed()
    {
        var connection = new VendorConnection(1, VendorKind.MyKaarma, "mk", new Uri("http://127.0.0.1/"),
            new Dictionary<string, string> { [MyKaarmaClient.DepartmentsSetting] = "d-1, d-2" }, VendorSecrets.Empty);

        Assert.Equal(["d-1", "d-2"], new MyKaarmaClient(new HttpClient(), connection).Departments);
    }
}
