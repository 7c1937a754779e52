using System.Text.Encodings.Web;
using System.Text.Json;
using Portal.Security;

namespace Portal.Features.Audit;

/// <summary>One change as stored: values already masked where <see cref="Masked"/> is true.</summary>
public sealed record StoredChange(string Field, string? Before, string? After, bool Masked);

/// <summary>
/// Stores an event's changes as JSON, masking every value that is flagged sensitive or whose field name is
/// (<see cref="SensitiveValues.IsSensitiveField"/>), so a clear SSN, licence number or date of birth never reaches
/// the table, the CSV export or the page.
/// </summary>
public static class AuditChanges
{
    // Relaxed escaping keeps "•" and accented names readable in the CSV export; the page HTML-encodes as it renders.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Serialize(IReadOnlyList<AuditChange> changes)
    {
        if (changes.Count == 0)
        {
            return null;
        }
        var stored = changes.Select(c => c.Sensitive || SensitiveValues.IsSensitiveField(c.Field)
            ? new StoredChange(c.Field, SensitiveValues.Mask(c.Before), SensitiveValues.Mask(c.After), true)
            : new StoredChange(c.Field, c.Before, c.After, false));
        return JsonSerializer.Serialize(stored, Json);
    }

    /// <summary>The stored changes; an unreadable value (a tampered row) reads as no changes.</summary>
    public static IReadOnlyList<StoredChange> Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        try
        {
            return JsonSerializer.Deserialize<List<StoredChange>>(json, Json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
