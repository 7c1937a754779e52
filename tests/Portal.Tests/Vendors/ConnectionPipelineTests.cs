using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Timeout;
using Portal.Vendors.Resilience;

namespace Portal.Tests.Vendors;

public sealed class ConnectionPipelineTests
{
    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void IsTransient_Status_OnlyServerSideAndThrottling(HttpStatusCode status, bool expected) =>
        Assert.Equal(expected, ConnectionPipeline.IsTransient(Outcome.FromResult(new HttpResponseMessage(status))));

    [Fact]
    public void IsTransient_TimeoutOrNetwork_IsTransient()
    {
        Assert.True(ConnectionPipeline.IsTransient(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
        Assert.True(ConnectionPipeline.IsTransient(Outcome.FromException<HttpResponseMessage>(new HttpRequestException())));
        Assert.False(ConnectionPipeline.IsTransient(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException())));
    }

    [Fact]
    public void RetryAfter_DeltaWithinLimit_IsHonoured()
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(2), ConnectionPipeline.RetryAfter(response, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void RetryAfter_LongerThanLimitOrAbsent_FallsBackToBackoff()
    {
        var slow = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        slow.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(10));

        Assert.Null(ConnectionPipeline.RetryAfter(slow, TimeSpan.FromSeconds(5)));
        Assert.Null(ConnectionPipeline.RetryAfter(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable), TimeSpan.FromSeconds(5)));
        Assert.Null(ConnectionPipeline.RetryAfter(null, TimeSpan.FromSeconds(5)));
    }
}
