using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Portal.IntegrationTests.Foundation;

public sealed partial class AnonymousAccessTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    /// <summary>Every routable page of the build, with route parameters filled by a plausible value.</summary>
    public static TheoryData<string> ProtectedPages()
    {
        var data = new TheoryData<string>();
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => RouteParameter().Replace(r.Template, "1"))
            .Where(r => r != "/not-found")
            .Distinct();
        foreach (var page in pages)
        {
            data.Add(page);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Get_AnonymousOnProtectedPage_RedirectsToSignIn(string path)
    {
        using var client = portal.Factory.CreateLoopbackClient();

        var response = await client.GetAsync(path.TrimStart('/'));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Get_SignInPage_IsServedAnonymously()
    {
        using var client = portal.Factory.CreateLoopbackClient();

        var response = await client.GetAsync("account/signin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example", "/")]
    [InlineData("/customers?q=1", "/customers?q=1")]
    public void SafeReturnUrl_ForeignOrLocal_OnlyLocalIsKept(string input, string expected) =>
        Assert.Equal(expected, Portal.Features.Account.SignIn.SafeReturnUrl(input));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
