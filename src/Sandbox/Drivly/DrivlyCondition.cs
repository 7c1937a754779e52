using System.Text.Json.Nodes;

namespace Portal.Sandbox.Drivly;

/// <summary>A record being filtered: gives a field's value by path, rendering the document only when needed.</summary>
internal interface IDrivlyRow
{
    int Index { get; }

    long Id { get; }

    JsonNode? Get(string path);
}

/// <summary>A compiled <c>where</c>: and/or groups of field tests.</summary>
internal abstract record DrivlyCondition
{
    public abstract bool Matches(IDrivlyRow row);

    /// <summary>Compiles a where object; the error is Payload's message for an unknown path or operator.</summary>
    public static (DrivlyCondition? Condition, string? Error) Compile(JsonObject where, Func<string, bool> isKnownPath)
    {
        var parts = new List<DrivlyCondition>();
        foreach (var (key, value) in where)
        {
            if (key is "and" or "or")
            {
                var members = value is JsonArray list ? list.OfType<JsonObject>().ToList() : value is JsonObject one ? [one] : [];
                var compiled = new List<DrivlyCondition>();
                foreach (var member in members)
                {
                    var (condition, error) = Compile(member, isKnownPath);
                    if (error is not null)
                    {
                        return (null, error);
                    }
                    compiled.Add(condition ?? new AllOf([]));
                }
                parts.Add(key == "and" ? new AllOf(compiled) : new AnyOf(compiled));
                continue;
            }
            if (!isKnownPath(key))
            {
                return (null, $"The following path cannot be queried: {key}");
            }
            if (value is not JsonObject operators)
            {
                return (null, $"The query on {key} must name an operator, e.g. where[{key}][equals]=...");
            }
            foreach (var (op, operand) in operators)
            {
                if (!DrivlyOperators.IsKnown(op))
                {
                    return (null, $"The operator {op} is not supported.");
                }
                parts.Add(new FieldTest(key, op, operand?.DeepClone()));
            }
        }
        return (parts.Count == 1 ? parts[0] : new AllOf(parts), null);
    }

    public sealed record AllOf(IReadOnlyList<DrivlyCondition> Parts) : DrivlyCondition
    {
        public override bool Matches(IDrivlyRow row) => Parts.All(p => p.Matches(row));
    }

    public sealed record AnyOf(IReadOnlyList<DrivlyCondition> Parts) : DrivlyCondition
    {
        public override bool Matches(IDrivlyRow row) => Parts.Count == 0 || Parts.Any(p => p.Matches(row));
    }

    public sealed record FieldTest(string Path, string Operator, JsonNode? Operand) : DrivlyCondition
    {
        public override bool Matches(IDrivlyRow row) => DrivlyOperators.Test(Operator, row.Get(Path), Operand);
    }
}
