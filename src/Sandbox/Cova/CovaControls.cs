namespace Portal.Sandbox.Cova;

/// <summary>
/// SANDBOX-ONLY controls, not part of Cova's API: change a customer (bumps Version and LastModifiedDateUtc, so the
/// delta feed shows it) and revoke every issued token (so the next call gets a 401). No credentials needed.
/// </summary>
internal static class CovaControls
{
    public static IReadOnlyList<string> Endpoints { get; } =
    [
        $"PATCH {CovaSandbox.ControlPath}/customers/{{Id}} (sandbox only: {{PrimaryName?, MiddleName?, FamilyName?, Email?, Phone?, Notes?, Disabled?, DoNotContact?}})",
        $"POST {CovaSandbox.ControlPath}/tokens/revoke (sandbox only)",
    ];

    public static void Map(RouteGroupBuilder controls, CovaStore store, CovaTokens tokens)
    {
        controls.MapPatch("customers/{id:guid}", (Guid id, CustomerChange change) =>
            store.Change(id, change.ApplyTo) is { } changed
                ? Results.Json(changed, CovaJson.Options)
                : CovaEmulator.Error(StatusCodes.Status404NotFound, "No customer with that Id."));
        controls.MapPost("tokens/revoke", () =>
        {
            tokens.RevokeAll();
            return Results.NoContent();
        });
    }

    /// <summary>The fields a test may change; null leaves a field as it is.</summary>
    internal sealed record CustomerChange(
        string? PrimaryName, string? MiddleName, string? FamilyName, string? Email, string? Phone, string? Notes, bool? Disabled, bool? DoNotContact)
    {
        public CovaWireCustomer ApplyTo(CovaWireCustomer c) => c with
        {
            PrimaryName = PrimaryName ?? c.PrimaryName,
            MiddleName = MiddleName ?? c.MiddleName,
            FamilyName = FamilyName ?? c.FamilyName,
            Notes = Notes ?? c.Notes,
            Disabled = Disabled ?? c.Disabled,
            DoNotContact = DoNotContact ?? c.DoNotContact,
            ContactMethods = Contact(Contact(c.ContactMethods, c.Id, "Email", 1, Email), c.Id, "Phone", 2, Phone),
        };

        /// <summary>Replaces the value of the first contact method of the category (bumping its Version), or adds one.</summary>
        private static IReadOnlyList<CovaWireContactMethod> Contact(
            IReadOnlyList<CovaWireContactMethod> methods, Guid customer, string category, int categoryId, string? value)
        {
            if (value is null)
            {
                return methods;
            }
            var existing = methods.FirstOrDefault(m => m.ContactMethodCategory == category);
            return existing is null
                ? [.. methods, new CovaWireContactMethod(value, Guid.NewGuid(), customer, categoryId, category, categoryId, category == "Email" ? "Personal" : "Mobile", false, true, null, 1)]
                : methods.Select(m => m == existing ? m with { Value = value, Version = m.Version + 1 } : m).ToList();
        }
    }
}
