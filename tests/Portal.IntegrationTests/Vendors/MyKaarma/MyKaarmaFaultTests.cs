using Portal.Vendors;
using Portal.Vendors.MyKaarma;

namespace Portal.IntegrationTests.Vendors.MyKaarma;

public sealed class MyKaarmaFaultTests(VendorTestPortal portal) : VendorFaultTests<IMyKaarmaClient>(portal), IClassFixture<VendorTestPortal>
{
    protected override VendorKind Kind => VendorKind.MyKaarma;

    protected override string ReadPath => "profileViewRequest";

    protected override Task ReadAsync(IMyKaarmaClient client) => client.ListOpenRequestTokensAsync(client.Departments[0], null, 5);
}
