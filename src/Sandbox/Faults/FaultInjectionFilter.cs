namespace Portal.Sandbox;

/// <summary>
/// Applies the vendor's faults to each request of its emulator: latency, errors, 429, hang, dropped connection (before
/// any answer or mid-response),
/// malformed JSON and expired credentials (emulators ask <see cref="CredentialsExpired"/> in their auth check).
/// </summary>
public sealed class FaultInjectionFilter(string vendor, FaultRegistry registry, SandboxRequestLog requests) : IEndpointFilter
{
    private const string ExpiredKey = "sandbox.credentials-expired";

    /// <summary>True when the faults in force say every credential of this request's vendor has expired.</summary>
    public static bool CredentialsExpired(HttpContext context) => context.Items.ContainsKey(ExpiredKey);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var http = invocation.HttpContext;
        var path = http.Request.Path.Value ?? "";
        requests.Add(vendor, http.Request.Method, path + http.Request.QueryString);
        var faults = registry.Take(vendor, http.Request.Method, path);
        if (faults is null)
        {
            return await next(invocation);
        }
        if (faults.ExpireCredentials)
        {
            http.Items[ExpiredKey] = true;
        }
        var delay = faults.LatencyMs + (faults.JitterMs > 0 ? Random.Shared.Next(faults.JitterMs + 1) : 0);
        if (delay > 0)
        {
            await Task.Delay(delay, http.RequestAborted);
        }
        if (faults.AfterHandler)
        {
            var result = await next(invocation);
            return await FailAsync(http, faults) ?? result;
        }
        return await FailAsync(http, faults) ?? await next(invocation);
    }

    /// <summary>Rolls each fault kind in turn; returns the failing answer, or null to answer normally.</summary>
    private static async Task<object?> FailAsync(HttpContext http, FaultSettings f)
    {
        if (Roll(f.DropRate))
        {
            if (f.DropMidResponse)
            {
                await BeginAnswerAsync(http);
            }
            http.Abort();
            return Results.Empty;
        }
        if (Roll(f.HangRate))
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Empty;
        }
        if (Roll(f.RateLimitRate))
        {
            http.Response.Headers.RetryAfter = f.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { message = "Too many requests" }, statusCode: StatusCodes.Status429TooManyRequests);
        }
        if (Roll(f.ErrorRate))
        {
            return Results.Json(new { message = "Sandbox injected fault" }, statusCode: f.ErrorStatus);
        }
        if (Roll(f.MalformedRate))
        {
            return Results.Text("{\"docs\": [{\"id\": \"trunc", "application/json", statusCode: StatusCodes.Status200OK);
        }
        return null;
    }

    // A 200 that promises 4 KB of JSON and sends the first few bytes, flushed so they reach the client before the abort.
    private static async Task BeginAnswerAsync(HttpContext http)
    {
        const string start = "{\"docs\": [{\"id\": \"";
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = 4096;
        await http.Response.WriteAsync(start, http.RequestAborted);
        await http.Response.Body.FlushAsync(http.RequestAborted);
    }

    private static bool Roll(double rate) => rate > 0 && (rate >= 1 || Random.Shared.NextDouble() < rate);
}
