using Portal.Vendors.Guardant;
using Portal.Vendors.Model;

namespace Portal.Tests.Vendors.Guardant;

public sealed class GuardantMapperTests
{
    private static T Doc<T>(string file) => DocFixture.Read<T>("guardant", file);

    [Fact]
    public void ToCustomer_DocListExample_MapsEveryField()
    {
        var dto = Assert.Single(Doc<GuardantCustomerList>("customers-list.json").Customers ?? []);

        var record = GuardantMapper.ToCustomer(dto, connectionId: 5);

        Assert.Equal("guardant:5:8", record.Source.ToString());
        Assert.Equal(("My first name", "My last name", "Google"), (record.FirstName, record.LastName, record.CompanyName));
        Assert.Equal(["cust@gmail.com"], record.Emails);
        Assert.Empty(record.Phones); // "123-12-12" is no phone number we can compare
        Assert.False(record.Disabled);
        Assert.Empty(record.ForeignIds);
        Assert.NotNull(record.VersionToken);
    }

    [Fact]
    public void ToCustomer_DocGetExample_BlankFieldsAreNull()
    {
        var dto = Doc<GuardantCustomerEnvelope>("customer-get.json").Customer ?? throw new InvalidOperationException();

        var record = GuardantMapper.ToCustomer(dto, 1);

        Assert.Equal(("4", "Peter"), (record.Source.ExternalId, record.FirstName));
        Assert.Null(record.LastName);
        Assert.Null(record.CompanyName);
        Assert.Equal(["mail@gmail.com"], record.Emails);
        Assert.Equal(1, dto.Status);
    }

    [Fact]
    public void ToCustomer_CrmAndRefIds_BecomeForeignIds()
    {
        var dto = new GuardantCustomer { Id = 3, CrmId = " 64f1c2a9e4b0a1b2c3d4e5f6 ", RefId = "DRV-7JX5T1J7ZV", Archived = true, ArchivationDate = 1_700_000_000 };

        var record = GuardantMapper.ToCustomer(dto, 1);

        Assert.Equal(["64f1c2a9e4b0a1b2c3d4e5f6", "DRV-7JX5T1J7ZV"], record.ForeignIds);
        Assert.True(record.Disabled);
    }

    [Fact]
    public void ToCustomer_AnyFieldChanged_VersionTokenChanges()
    {
        var dto = Doc<GuardantCustomerEnvelope>("customer-get.json").Customer ?? throw new InvalidOperationException();

        Assert.Equal(GuardantMapper.ToCustomer(dto, 1).VersionToken, GuardantMapper.ToCustomer(dto with { }, 1).VersionToken);
        Assert.NotEqual(GuardantMapper.ToCustomer(dto, 1).VersionToken, GuardantMapper.ToCustomer(dto with { Phone = "9" }, 1).VersionToken);
    }

    [Fact]
    public void ToOrder_DocOrdersExample_MapsStatusDatesAndDetails()
    {
        var orders = Doc<GuardantOrderList>("orders-list.json").Orders ?? [];

        var (draft, submitted) = (GuardantMapper.ToOrder(orders[0], 2, 8), GuardantMapper.ToOrder(orders[1], 2, 8));

        Assert.Equal("guardant:2:10016", draft.Source.ToString());
        Assert.Equal("guardant:2:8", draft.Customer?.ToString());
        Assert.Equal((OrderStatus.Draft, "Draft"), (draft.Status, draft.VendorStatus));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1527501148), draft.DateUtc);
        Assert.Null(draft.SubmittedUtc); // 0 = none
        Assert.Null(draft.Number);
        Assert.Equal(2, draft.Quantity);
        Assert.Equal("With client", draft.Description);
        Assert.Equal("7", draft.Details["activationlimit"]);
        Assert.Equal("true", draft.Details["customerrequired"]);
        Assert.False(draft.Details.ContainsKey("activationbirthdate"));
        Assert.Equal(OrderStatus.Submitted, submitted.Status);
        Assert.Equal("2018-10-02T06:55:38Z", submitted.Details["activationbirthdate"]);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(-5, null)]
    [InlineData(1538463338, "2018-10-02T06:55:38+00:00")]
    public void Epoch_Seconds_ZeroIsNone(long seconds, string? expected) =>
        Assert.Equal(expected, GuardantMapper.Epoch(seconds)?.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
}
