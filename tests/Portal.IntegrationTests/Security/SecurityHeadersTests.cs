using System.Net;

namespace Portal.IntegrationTests.Security;

public sealed class SecurityHeadersTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    [Theory]
    [InlineData("account/signin")]
    [InlineData("healthz")]
    [InlineData("")]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = portal.Factory.CreateLoopbackClient();

        var response = await client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task StaticAsset_IsCacheable()
    {
        using var client = portal.Factory.CreateLoopbackClient();

        var response = await client.GetAsync("_framework/blazor.web.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    public async Task BlazorHub_ForeignOrigin_IsRefused(string origin, HttpStatusCode expected)
    {
        using var client = portal.Factory.CreateLoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task BlazorHub_SameOrigin_IsNotRefusedByTheOriginCheck()
    {
        using var client = portal.Factory.CreateLoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", portal.Factory.RootUri.GetLeftPart(UriPartial.Authority));

        var response = await client.SendAsync(request);

        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
