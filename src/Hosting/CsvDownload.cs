using System.Globalization;
using CsvHelper;

namespace Portal.Hosting;

/// <summary>
/// The response side of every CSV export: a refused filter, and a UTF-8 attachment named for the export and the time,
/// whose cells a spreadsheet would run as formulas are escaped.
/// </summary>
internal static class CsvDownload
{
    public static async Task RefuseFilterAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsync("The filter is not valid.", context.RequestAborted);
    }

    /// <summary>Starts the attachment "{name}-{yyyyMMdd-HHmmss}.csv" and writes its header row.</summary>
    public static CsvWriter Start(HttpContext context, string name, TimeProvider clock, string[] header)
    {
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}-{stamp}.csv\"";
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, WriteByteOrderMark = true };
        var csv = CsvWriter.Create(context.Response.Body, options, leaveOpen: true);
        csv.WriteHeader(header);
        return csv;
    }
}
