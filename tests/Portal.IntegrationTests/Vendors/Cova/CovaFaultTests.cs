using Portal.Vendors;
using Portal.Vendors.Cova;

namespace Portal.IntegrationTests.Vendors.Cova;

public sealed class CovaFaultTests(VendorTestPortal portal) : VendorFaultTests<ICovaClient>(portal), IClassFixture<VendorTestPortal>
{
    protected override VendorKind Kind => VendorKind.Cova;

    protected override string ReadPath => "CustomerFull";

    protected override Task ReadAsync(ICovaClient client) => client.ListModifiedSincePageAsync(DateTimeOffset.UtcNow.AddDays(-30));
}
