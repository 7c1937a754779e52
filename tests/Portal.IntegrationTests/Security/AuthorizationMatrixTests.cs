using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Hosting;
using Portal.Security;
using static Portal.IntegrationTests.Security.AuthorizationMatrix;

namespace Portal.IntegrationTests.Security;

/// <summary>Every route × every role (and anonymous), over HTTP against the running portal: allow or deny on the server.</summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Sessions sessions) : IClassFixture<AuthorizationMatrixTests.Sessions>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Rows)
        {
            foreach (var role in PortalRoles.All.Append("anonymous"))
            {
                data.Add(row.Path, role);
            }
        }
        return data;
    }

    [Fact]
    public void EveryMappedRoute_HasARowInTheMatrix()
    {
        var templates = sessions.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(t => !IsOutOfScope(t))
            .Distinct();

        var missing = templates.Where(t => Rows.All(r => r.Template != t)).ToList();

        Assert.True(missing.Count == 0, "Routes without a row in AuthorizationMatrix: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_RouteAsRole_IsAllowedOrDeniedAsTheMatrixSays(string path, string role)
    {
        var row = Rows.Single(r => r.Path == path);
        var client = await sessions.ClientForAsync(role);

        var response = await client.GetAsync(path.TrimStart('/'));

        var location = response.Headers.Location?.OriginalString ?? "";
        if (row.Access == Anonymous || (role != "anonymous" && Allows(row.Access, role)))
        {
            // Allowed: the page itself, or its "not found" for an id that exists nowhere; never a redirect away.
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{role} on {path}: {(int)response.StatusCode} {location}");
        }
        else if (role == "anonymous")
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/signin", location);
        }
        else
        {
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden || location.Contains("/account/denied", StringComparison.Ordinal),
                $"{role} on {path}: {(int)response.StatusCode} {location}");
        }
    }

    /// <summary>One portal, one signed-in client per role.</summary>
    public sealed class Sessions : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new();

        public PortalAppFactory Factory { get; } = new();

        public Task<HttpClient> ClientForAsync(string role) => _clients.GetOrAdd(role, r => new(async () =>
        {
            var client = Factory.CreateLoopbackClient();
            if (r != "anonymous")
            {
                var email = SandboxDemoAccounts.Accounts.Single(a => a.Role == r).Email;
                await SignInHelper.SignInOrThrowAsync(client, email, PortalAppFactory.DemoPassword);
            }
            return client;
        })).Value;

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
            {
                (await client.Value).Dispose();
            }
            await Factory.DisposeAsync();
        }
    }
}
