using Portal.Vendors.Guardant;

namespace Portal.Tests.Vendors.Guardant;

public sealed class GuardantQueriesTests
{
    [Fact]
    public void CustomerQuery_Defaults_AreTheDocumentedOnes() =>
        Assert.Equal("?sortby=default&direction=asc&offset=0&limit=100", new GuardantCustomerQuery().ToQueryString());

    [Fact]
    public void CustomerQuery_EveryParameter_Written() =>
        Assert.Equal("?sortby=company&direction=desc&offset=40&limit=20&type=person&archived=false",
            new GuardantCustomerQuery { Sort = GuardantCustomerSort.Company, Descending = true, Offset = 40, Limit = 20, Type = GuardantCustomerType.Person, Archived = false }.ToQueryString());

    [Fact]
    public void OrderQuery_Statuses_CommaSeparatedNumbers() =>
        Assert.Equal("?sortby=submitdate&direction=asc&offset=0&limit=100&status=0,1",
            new GuardantOrderQuery { Sort = GuardantOrderSort.SubmitDate, Statuses = [GuardantOrderStatus.Draft, GuardantOrderStatus.Submit] }.ToQueryString());
}
