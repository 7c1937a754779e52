namespace Portal.Sandbox;

public static class SandboxEndpoints
{
    public const string Prefix = "/sandbox";

    /// <summary>
    /// Maps GET /sandbox (the index), /sandbox/_faults/{vendor} (run-time fault control) and every emulator under
    /// /sandbox/{vendor}. The portal's sign-in does not guard these routes: each emulator checks credentials itself.
    /// </summary>
    public static IEndpointRouteBuilder MapSandbox(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup(Prefix).AllowAnonymous().DisableAntiforgery().WithTags("Sandbox");
        var emulators = app.ServiceProvider.GetServices<ISandboxEmulator>().ToList();
        var registry = app.ServiceProvider.GetRequiredService<FaultRegistry>();
        var requests = app.ServiceProvider.GetRequiredService<SandboxRequestLog>();

        sandbox.MapGet("", (HttpContext http) => Results.Json(new
        {
            description = "Vendor sandbox: emulators of the documented vendor APIs with seeded data and fault injection.",
            faults = $"{BaseUrl(http)}/_faults/{{vendor}} (GET, PUT FaultSettings JSON, DELETE)",
            emulators = emulators.Select(e => e.Describe(new Uri($"{BaseUrl(http)}/{e.Vendor}"))),
        }));
        sandbox.MapGet("/_faults/{vendor}", (string vendor) => Results.Json(registry.Get(vendor)));
        sandbox.MapPut("/_faults/{vendor}", (string vendor, FaultSettings settings) =>
        {
            registry.Set(vendor, settings);
            return Results.Json(settings);
        });
        sandbox.MapDelete("/_faults/{vendor}", (string vendor) =>
        {
            registry.Clear(vendor);
            return Results.NoContent();
        });
        sandbox.MapGet("/_requests/{vendor}", (string vendor) => Results.Json(requests.Of(vendor)));
        sandbox.MapDelete("/_requests/{vendor}", (string vendor) =>
        {
            requests.Clear(vendor);
            return Results.NoContent();
        });
        foreach (var emulator in emulators)
        {
            var group = sandbox.MapGroup("/" + emulator.Vendor);
            group.AddEndpointFilter(new FaultInjectionFilter(emulator.Vendor, registry, requests));
            emulator.Map(group);
        }
        return app;
    }

    private static string BaseUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{Prefix}";
}
