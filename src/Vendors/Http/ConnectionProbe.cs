using System.Diagnostics;

namespace Portal.Vendors.Http;

/// <summary>Times a connection test's one real call and turns its failure into the vendor's message.</summary>
public static class ConnectionProbe
{
    public static async Task<ConnectionTestResult> RunAsync(Func<Task> call, string successMessage)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await call();
            return new ConnectionTestResult(true, Stopwatch.GetElapsedTime(started), successMessage);
        }
        catch (VendorApiException ex)
        {
            return ConnectionTestResult.From(ex, Stopwatch.GetElapsedTime(started));
        }
    }
}
