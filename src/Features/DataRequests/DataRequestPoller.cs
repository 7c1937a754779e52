using Microsoft.Extensions.Options;
using Portal.Data.Leases;
using Portal.Features.Connections;
using Portal.Features.Customers.Sync;
using Portal.Vendors;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.DataRequests;

/// <summary>
/// What one poll read: view requests, items written, and requests that could not be read, with why (one line per
/// connection and reason, e.g. "myKaarma (sandbox): timed out").
/// </summary>
public sealed record PollResult(int Requests, int Items, int Failures)
{
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>"Read 3 requests (7 items); 1 could not be read."</summary>
    public string Summary => $"Read {Requests} requests ({Items} items)" + (Failures > 0 ? $"; {Failures} could not be read" : "") + ".";

    public PollResult Plus(PollResult other) => new(Requests + other.Requests, Items + other.Items, Failures + other.Failures)
    {
        Problems = [.. Problems.Concat(other.Problems).Distinct(StringComparer.Ordinal)],
    };
}

/// <summary>
/// Reads every open view request of every enabled myKaarma connection into the portal's database, on a schedule
/// (DataRequests:PollEnabled/PollInterval) and on demand. Each profile's customer is indexed for linking. One poll
/// runs at a time, across instances too (<see cref="DataRequestLeases"/>: the schedule is kept by one instance, and
/// every poll holds a lease); a failing connection or request is logged and skipped, never stopping the host.
/// </summary>
public sealed class DataRequestPoller(
    ConnectionCatalog catalog, IVendorClientFactory clients, IProfileIndex profiles, DataRequestStore store, WorkLeases leases,
    IStandingLeases standing, IOptions<DataRequestOptions> options, TimeProvider time, ILogger<DataRequestPoller> logger) : BackgroundService
{
    /// <summary>How long a "Refresh" waits for a poll running on another instance before it polls itself.</summary>
    private static readonly TimeSpan WaitForOtherPoll = TimeSpan.FromMinutes(2);

    private const int ReadersAtOnce = 4;
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<PollResult> PollAsync(IReadOnlyCollection<int>? dealershipIds, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            await using var lease = await leases.HoldAsync(DataRequestLeases.Poll, WaitForOtherPoll, ct)
                ?? throw new TimeoutException("Another portal instance has been polling myKaarma for too long.");
            var total = new PollResult(0, 0, 0);
            foreach (var connection in await catalog.ListEnabledAsync(dealershipIds, [VendorKind.MyKaarma], ct))
            {
                var result = await PollConnectionAsync(connection, ct);
                total = total.Plus(result);
            }
            return total;
        }
        finally
        {
            _one.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.PollEnabled)
        {
            return;
        }
        try
        {
            await Task.Delay(options.Value.FirstPollDelay, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!standing.IsHeld(DataRequestLeases.PollSchedule))
                {
                    // Another instance polls; look again soon, since it may stop (then this one polls at once).
                    await Task.Delay(standing.RenewEvery, time, stoppingToken);
                    continue;
                }
                try
                {
                    await PollAsync(null, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Data-request poll failed; trying again at the next interval");
                }
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task<PollResult> PollConnectionAsync(ResolvedConnection connection, CancellationToken ct)
    {
        var client = clients.Create<IMyKaarmaClient>(connection.Connection);
        var (requests, items, failures) = (0, 0, 0);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new List<(string Department, string Token, MyKaarmaViewRequestRef? Listed)>();
        var problems = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        void Failed(VendorApiException ex) => problems.TryAdd($"{connection.Connection.Name}: {VendorFailureReasons.Describe(ex)}", true);
        try
        {
            foreach (var department in client.Departments)
            {
                await foreach (var listed in client.ListAllOpenRequestTokensAsync(department, ct))
                {
                    if (listed.CustomerProfileViewRequestToken is { Length: > 0 } token)
                    {
                        work.Add((department, token, listed));
                        seen.Add(listed.VaultDataRequestUuid ?? "");
                    }
                }
            }
            work.AddRange((await store.StaleAsync(connection.Connection.Id, seen, ct)).Select(s => (s.Department, s.Token, (MyKaarmaViewRequestRef?)null)));
        }
        catch (VendorApiException ex)
        {
            logger.LogWarning("Listing myKaarma requests of connection {ConnectionId} failed: {Kind}", connection.Connection.Id, ex.Kind);
            failures++;
            Failed(ex);
        }
        // Reading is mostly waiting for myKaarma: a few requests at once; the writes themselves are short.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ReadersAtOnce, CancellationToken = ct };
        await Parallel.ForEachAsync(work, parallel, async (next, token) =>
        {
            try
            {
                Interlocked.Add(ref items, await ReadOneAsync(client, connection, next.Department, next.Token, next.Listed, token));
                Interlocked.Increment(ref requests);
            }
            catch (VendorApiException ex)
            {
                logger.LogWarning("Reading a myKaarma request of connection {ConnectionId} failed: {Kind}", connection.Connection.Id, ex.Kind);
                Interlocked.Increment(ref failures);
                Failed(ex);
            }
        });
        return new PollResult(requests, items, failures) { Problems = [.. problems.Keys.Order(StringComparer.Ordinal)] };
    }

    private async Task<int> ReadOneAsync(
        IMyKaarmaClient client, ResolvedConnection connection, string department, string token, MyKaarmaViewRequestRef? listed, CancellationToken ct)
    {
        if (await client.GetCustomerProfileAsync(department, token, ct) is not { } profile)
        {
            return 0;
        }
        await profiles.UpsertProfileAsync(connection, profile, ct);
        return await store.UpsertAsync(connection, token, profile, listed, ct);
    }
}
