using Portal.Vendors.Cova;

namespace Portal.Tests.Vendors.Cova;

public sealed class CovaTokenCacheTests
{
    private readonly ManualClock _clock = new();
    private int _fetches;

    private Task<CovaIssuedToken> Fetch(CancellationToken _) =>
        Task.FromResult(new CovaIssuedToken($"token-{Interlocked.Increment(ref _fetches)}", TimeSpan.FromHours(12)));

    [Fact]
    public async Task GetAsync_TwiceWithinLifetime_FetchesOnce()
    {
        var cache = new CovaTokenCache(_clock);

        var first = await cache.GetAsync("k", Fetch, default);
        _clock.Advance(TimeSpan.FromHours(11));
        var second = await cache.GetAsync("k", Fetch, default);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Equal(1, _fetches);
    }

    [Fact]
    public async Task GetAsync_FiveMinutesBeforeExpiry_RefreshesEarly()
    {
        var cache = new CovaTokenCache(_clock);
        await cache.GetAsync("k", Fetch, default);

        _clock.Advance(TimeSpan.FromHours(12) - TimeSpan.FromMinutes(5));

        Assert.Equal("token-2", await cache.GetAsync("k", Fetch, default));
    }

    [Fact]
    public async Task GetAsync_ShortLivedToken_RefreshesAtNinetyPercentOfItsLife()
    {
        var cache = new CovaTokenCache(_clock);
        await cache.GetAsync("k", _ => Task.FromResult(new CovaIssuedToken("short", TimeSpan.FromSeconds(10))), default);

        _clock.Advance(TimeSpan.FromSeconds(8.9));
        Assert.Equal("short", await cache.GetAsync("k", Fetch, default));
        _clock.Advance(TimeSpan.FromSeconds(0.2));
        Assert.Equal("token-1", await cache.GetAsync("k", Fetch, default));
    }

    [Fact]
    public async Task Invalidate_AfterA401_NextGetFetchesANewToken()
    {
        var cache = new CovaTokenCache(_clock);
        await cache.GetAsync("k", Fetch, default);

        cache.Invalidate("k");

        Assert.Equal("token-2", await cache.GetAsync("k", Fetch, default));
    }

    [Fact]
    public async Task GetAsync_ConcurrentCallers_ShareOneFetch()
    {
        var cache = new CovaTokenCache(_clock);
        var release = new TaskCompletionSource();
        async Task<CovaIssuedToken> SlowFetch(CancellationToken ct)
        {
            await release.Task;
            return await Fetch(ct);
        }

        var calls = Enumerable.Range(0, 5).Select(_ => cache.GetAsync("k", SlowFetch, default).AsTask()).ToList();
        release.SetResult();
        var tokens = await Task.WhenAll(calls);

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Equal(1, _fetches);
    }

    [Fact]
    public async Task GetAsync_DifferentKeys_KeepSeparateTokens()
    {
        var cache = new CovaTokenCache(_clock);

        Assert.Equal("token-1", await cache.GetAsync("a", Fetch, default));
        Assert.Equal("token-2", await cache.GetAsync("b", Fetch, default));
        Assert.Equal("token-1", await cache.GetAsync("a", Fetch, default));
    }

    [Fact]
    public void IssuedToken_ToString_NeverShowsTheToken() =>
        Assert.DoesNotContain("secret-value", new CovaIssuedToken("secret-value", TimeSpan.FromSeconds(5)).ToString());

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
