using System.Diagnostics;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Portal.Vendors.Http;

namespace Portal.Vendors.Resilience;

/// <summary>
/// Runs every vendor request through its connection's pipeline and turns timeouts, open circuits and network
/// failures into <see cref="VendorApiException"/>. A write that got no answer is reported as OutcomeUnknown.
/// </summary>
public sealed class VendorResilienceHandler(ConnectionPipelines pipelines, ILogger<VendorResilienceHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(VendorRequest.Connection, out var connection))
        {
            throw new InvalidOperationException("Vendor requests must carry their connection (VendorRequest.Connection).");
        }
        var state = pipelines.For(connection.Id);
        var safe = VendorRequest.IsSafe(request.Method);
        var started = Stopwatch.GetTimestamp();
        using var lease = await state.Limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
        {
            throw Fail(connection, VendorFailureKind.RateLimited, "Too many calls to this vendor are waiting; try again shortly.");
        }
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectionPipeline.SafeToRetry, safe);
        try
        {
            var response = await state.Pipeline.ExecuteAsync(
                static async (ctx, s) => await s.Handler.SendBufferedAsync(s.Request, ctx.CancellationToken),
                context, (Handler: this, Request: request));
            var latency = Stopwatch.GetElapsedTime(started);
            // Refused credentials make the connection as unusable as a server error: the admin's health view says so.
            if ((int)response.StatusCode >= 500 || response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
            {
                state.Health.RecordFailure(latency, $"HTTP {(int)response.StatusCode}");
            }
            else
            {
                state.Health.RecordSuccess(latency);
            }
            return response;
        }
        catch (Exception ex) when (Translate(connection, ex, safe) is { } failure)
        {
            state.Health.RecordFailure(Stopwatch.GetElapsedTime(started), failure.VendorMessage);
            logger.LogWarning("Vendor call failed: {Vendor} connection {ConnectionId} {Method} {Kind}",
                connection.Vendor, connection.Id, request.Method, failure.Kind);
            throw failure;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // Every vendor call reads its whole answer anyway (the clients ask for ResponseContentRead); reading it here, inside the
    // attempt, makes a connection that breaks mid-body the network failure it is: retried when safe, counted by the
    // breaker, and translated below, instead of surfacing later as a bare HttpRequestException.
    private async Task<HttpResponseMessage> SendBufferedAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        try
        {
            await response.Content.LoadIntoBufferAsync(ct);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static VendorApiException? Translate(VendorConnection c, Exception ex, bool safe) => ex switch
    {
        VendorApiException => null,
        BrokenCircuitException b => new VendorApiException(c.Vendor, c.Name, VendorFailureKind.CircuitOpen,
            "Paused after repeated failures; the portal will try this vendor again shortly.", ex) { RetryAfter = b.RetryAfter },
        TimeoutRejectedException when !safe => Fail(c, VendorFailureKind.OutcomeUnknown,
            "No answer in time: the change may or may not have been applied.", ex),
        TimeoutRejectedException => Fail(c, VendorFailureKind.Timeout, "No answer in time.", ex),
        HttpRequestException when !safe => Fail(c, VendorFailureKind.OutcomeUnknown,
            "The connection failed during the write: the change may or may not have been applied.", ex),
        HttpRequestException h => Fail(c, VendorFailureKind.Network, $"Could not reach the vendor ({h.HttpRequestError}).", ex),
        _ => null,
    };

    private static VendorApiException Fail(VendorConnection c, VendorFailureKind kind, string message, Exception? inner = null) =>
        new(c.Vendor, c.Name, kind, message, inner);
}
