using Portal.Sandbox.People;

namespace Portal.Sandbox.Guardant;

/// <summary>The Guardant emulator's credentials and registration (values match appsettings.Development.json).</summary>
public static class GuardantSandbox
{
    public const string Vendor = "guardant";
    public const string ApiKey = "guardant-sandbox-key-8c4f77";

    /// <summary>Ids of orders: 10,000 plus eight per person index, so an order id names its customer.</summary>
    internal const long FirstOrderId = 10_000;
    internal const int OrdersPerCustomer = 8;

    public static IServiceCollection AddGuardantSandbox(this IServiceCollection services) => services.AddEmulator<GuardantEmulator, GuardantStore>();

    /// <summary>Epoch seconds, the way Guardant keeps every date.</summary>
    internal static long Epoch(DateTimeOffset at) => at.ToUnixTimeSeconds();

    internal static SandboxRandom Random(int seed, int index, int salt) => new(seed, SandboxVendor.Guardant, index, salt);
}
