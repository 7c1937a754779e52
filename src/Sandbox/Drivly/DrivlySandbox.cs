using System.Globalization;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>The Drivly emulator's credentials, id scheme and registration (values match appsettings.Development.json).</summary>
public static class DrivlySandbox
{
    public const string Vendor = "drivly";
    public const string ApiKey = "drivly-sandbox-key-7f3a9c";

    /// <summary>The dealer's tenant in Drivly: every generated customer belongs to it.</summary>
    internal const int TenantId = 1;

    public static IServiceCollection AddDrivlySandbox(this IServiceCollection services) => services.AddEmulator<DrivlyEmulator, DrivlyStore>();

    /// <summary>Payload's timestamp format: UTC with milliseconds.</summary>
    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    internal static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    internal static SandboxRandom Random(int seed, int index, int salt) => new(seed, SandboxVendor.Drivly, index, salt);

    /// <summary>
    /// Ids of related documents (leads, addresses, deals...), which live in collections we do not emulate: a kind
    /// digit, then four slots per person. Customer ids are the person index + 1.
    /// </summary>
    internal static long RelatedId(DrivlyRelation kind, int index, int k) => ((long)kind * 10_000_000L) + ((long)index * 4) + k + 1;
}

/// <summary>Collections that customers point at (relationships hold their ids).</summary>
internal enum DrivlyRelation { Lead = 1, Address = 2, Deal = 3, Vehicle = 4, InsurancePolicy = 5, PreApproval = 6, Company = 7 }
