using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Portal.Sandbox.Cova;

/// <summary>The access tokens the emulator issued, until they expire or the sandbox controls revoke them all.</summary>
internal sealed class CovaTokens(CovaSandboxOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiry = new(StringComparer.Ordinal);

    public int LifetimeSeconds => options.TokenLifetimeSeconds;

    public string Issue()
    {
        var now = time.GetUtcNow();
        foreach (var (token, expires) in _expiry)
        {
            if (expires <= now)
            {
                _expiry.TryRemove(token, out _);
            }
        }
        var issued = Base64Url(RandomNumberGenerator.GetBytes(32));
        _expiry[issued] = now.AddSeconds(options.TokenLifetimeSeconds);
        return issued;
    }

    public bool IsValid(string? token) => token is not null && _expiry.TryGetValue(token, out var expires) && time.GetUtcNow() < expires;

    public void RevokeAll() => _expiry.Clear();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
