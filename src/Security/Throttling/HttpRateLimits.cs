using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Portal.Security.Throttling;

/// <summary>
/// HTTP rate limits. Sign-in posts are limited twice, with the framework's rate limiter: per client address and per account named in
/// the form. Both are fixed windows; a refused post gets 429 with Retry-After and a page that says when to retry.
/// Password lockout (5 failures) still applies underneath; this stops the attempts before they cost a hash.
/// </summary>
internal static class HttpRateLimits
{
    public const string SignInPath = "/account/signin";
    public const string ExportPolicy = "per-user-export";
    private const string EmailField = "Input.Email";

    public static bool IsSignInPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);

    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(c => IsSignInPost(c)
                ? Window($"client:{c.Connection.RemoteIpAddress}", limits.SignInPerClient, limits.SignInWindow)
                : RateLimitPartition.GetNoLimiter("")),
            PartitionedRateLimiter.Create<HttpContext, string>(c => IsSignInPost(c) && AccountOf(c) is { } account
                ? Window($"account:{account}", limits.SignInPerAccount, limits.SignInWindow)
                : RateLimitPartition.GetNoLimiter("")));
        limiter.AddPolicy(ExportPolicy, c => Window($"export:{c.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value}", limits.ExportPerUser, limits.UserActionWindow));
        limiter.OnRejected = (context, ct) => RejectAsync(context.HttpContext, context.Lease, ct);
    }

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    // The form was read (asynchronously) by PreReadSignInForm before the limiter runs, so this is a cached lookup.
    private static string? AccountOf(HttpContext context) =>
        context.Request.HasFormContentType && context.Request.Form.TryGetValue(EmailField, out var email) && !string.IsNullOrWhiteSpace(email)
            ? email.ToString().Trim().ToUpperInvariant()
            : null;

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken ct)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync($"Too many attempts. Try again in {seconds} seconds.", ct);
    }
}
