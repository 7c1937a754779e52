namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// The sandbox myKaarma account: the values of "Connections:SandboxMyKaarma" in appsettings.Development.json, shown
/// in the GET /sandbox index.
/// </summary>
public static class MyKaarmaSandbox
{
    public const string Vendor = "mykaarma";
    public const string Username = "sandbox-mykaarma";
    public const string Password = "mk-sandbox-pass-41d2";
    public const string DepartmentUuid = "0f1c3f4e-5a6b-4c7d-8e9f-a0b1c2d3e4f5";
    public const string DealerUuid = "7d1e5a90-3c2b-4f6e-9a8d-1b2c3d4e5f60";
    public const string DealerName = "Demo Motors";
    public const long DealerId = 240117;

    /// <summary>The vendor API's paths start here (after /sandbox/mykaarma/); our choice, the document names none.</summary>
    public const string DepartmentPath = "customer/v2/department/{departmentUuid}";

    /// <summary>Sandbox-only controls (not part of the vendor API) live under this prefix.</summary>
    public const string ControlPath = "_sandbox";

    public static IServiceCollection AddMyKaarmaSandbox(this IServiceCollection services)
    {
        services.AddSingleton<MyKaarmaStore>();
        services.AddSingleton<ISandboxEmulator, MyKaarmaEmulator>();
        return services;
    }
}
