using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers.Search.Live;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// Search text is data, never query language: hostile text sent through "Search vendors live" reaches each vendor as
/// escaped values: each vendor query is made only of parameter names that plain searches (a name, two names, an
/// email, a phone) also produce, list indices aside.
/// </summary>
public sealed partial class HostileSearchInputTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    public static TheoryData<string> Hostile() =>
    [
        "x' OR '1'='1' --",
        "<script>alert(1)</script>",
        "a]=1&where[id][exists]=true",
        "{\"$ne\": null}",
        "Robert'); DROP TABLE Customers;--",
        "name eq 'x' or 1 eq 1",
        "%27%20OR%201%3D1",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task LiveSearch_HostileText_KeepsEachVendorQueryShape(string text)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plain in (string[])["Smith", "Anna Smith", "anna.smith@example.com", "(312) 555-0100"])
        {
            allowed.UnionWith(await ParameterNamesAsync(plain));
        }

        var hostile = await ParameterNamesAsync(text);

        Assert.NotEmpty(hostile);
        Assert.Empty(hostile.Except(allowed));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("line\nbreak")]
    [InlineData("nul\0char")]
    public void LiveQuery_TooShortOrControlCharacters_IsRefusedWithAMessage(string text)
    {
        Assert.False(LiveQuery.TryCreate(text, out _, out var problem));
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void LiveQuery_LongerThanTheLimit_IsRefused() =>
        Assert.False(LiveQuery.TryCreate(new string('a', 5000), out _, out _));

    /// <summary>"vendor: name" for each query parameter the emulators received, list indices replaced by [n].</summary>
    private async Task<HashSet<string>> ParameterNamesAsync(string text)
    {
        var sandbox = new SandboxControl(portal.Factory);
        string[] vendors = ["walcu", "drivly", "guardant"];
        foreach (var vendor in vendors)
        {
            await sandbox.ClearRequestsAsync(vendor);
        }
        Assert.True(LiveQuery.TryCreate(text, out var query, out var problem), problem);
        await using var scope = await portal.Factory.ActAsAsync("manager@sandbox.local");
        await foreach (var _ in scope.ServiceProvider.GetRequiredService<LiveVendorSearchService>().SearchAsync(query, null))
        {
        }
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var vendor in vendors)
        {
            result.UnionWith((await sandbox.RequestsAsync(vendor))
                .SelectMany(r => QueryHelpers.ParseQuery(new Uri("http://x" + r.Path).Query).Keys)
                .Select(name => $"{vendor}: {Index().Replace(name, "[n]")}"));
        }
        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex Index();
}
