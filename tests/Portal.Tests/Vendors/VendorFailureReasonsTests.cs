using System.Net;
using Portal.Vendors;

namespace Portal.Tests.Vendors;

/// <summary>The plain reasons the pages give for a failed vendor call: one per fault of the fault matrix.</summary>
public sealed class VendorFailureReasonsTests
{
    [Theory]
    [InlineData(VendorFailureKind.Timeout, null, "timed out")]
    [InlineData(VendorFailureKind.ServerError, HttpStatusCode.InternalServerError, "server error (HTTP 500)")]
    [InlineData(VendorFailureKind.ServerError, null, "server error")]
    [InlineData(VendorFailureKind.Malformed, null, "returned data the portal could not read")]
    [InlineData(VendorFailureKind.Unauthorized, HttpStatusCode.Unauthorized, "credentials rejected")]
    [InlineData(VendorFailureKind.OutcomeUnknown, null, "no answer to the write (outcome unknown)")]
    public void Describe_Kind_PlainReason(VendorFailureKind kind, HttpStatusCode? status, string reason) =>
        Assert.Equal(reason, VendorFailureReasons.Describe(status is { } s ? WithStatus(kind, s) : Failure(kind)));

    [Theory]
    [InlineData(30, "rate limited, retry after 30 s")]
    [InlineData(0.2, "rate limited, retry after 1 s")]
    [InlineData(300, "rate limited, retry after 5 min")]
    public void Describe_RateLimited_SaysWhenToRetry(double seconds, string reason) =>
        Assert.Equal(reason, VendorFailureReasons.Describe(new VendorApiException(VendorKind.Walcu, "w", VendorFailureKind.RateLimited, "slow down")
        {
            RetryAfter = TimeSpan.FromSeconds(seconds),
        }));

    [Fact]
    public void Describe_RateLimitedWithoutRetryAfter_SaysAMoment() =>
        Assert.Equal("rate limited, retry after a moment", VendorFailureReasons.Describe(Failure(VendorFailureKind.RateLimited)));

    [Theory]
    [InlineData(HttpRequestError.ResponseEnded, "connection dropped")]
    [InlineData(HttpRequestError.Unknown, "connection dropped")]
    [InlineData(HttpRequestError.ConnectionError, "could not connect")]
    [InlineData(HttpRequestError.NameResolutionError, "could not connect")]
    public void Describe_Network_DroppedOrNeverConnected(HttpRequestError error, string reason)
    {
        var inner = new HttpRequestException(error, "socket");
        var wrapped = new VendorApiException(VendorKind.Cova, "c", VendorFailureKind.Network, "token call", Failure(VendorFailureKind.OutcomeUnknown, inner));
        Assert.Equal(reason, VendorFailureReasons.Describe(wrapped));
    }

    [Fact]
    public void Named_NamesTheVendor_NeverItsOwnText()
    {
        var e = new VendorApiException(VendorKind.Walcu, "Walcu CRM (sandbox)", VendorFailureKind.Unauthorized, "token for jane.doe@example.com expired");
        Assert.Equal("Walcu CRM: credentials rejected", VendorFailureReasons.Named(e));
    }

    private static VendorApiException Failure(VendorFailureKind kind, Exception? inner = null) =>
        new(VendorKind.Drivly, "Drivly (sandbox)", kind, "vendor text", inner);

    private static VendorApiException WithStatus(VendorFailureKind kind, HttpStatusCode status) =>
        new(VendorKind.Drivly, "Drivly (sandbox)", kind, "vendor text") { StatusCode = status };
}
