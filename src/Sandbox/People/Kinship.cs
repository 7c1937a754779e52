namespace Portal.Sandbox.People;

/// <summary>Decides, from the index alone, whether a person is a hard case and whom they resemble. Only ordinary
/// people are resembled, so resolving any person needs at most one other person's parts.</summary>
internal static class Kinship
{
    private const double HouseholdRate = 0.07;
    private const double NamedAfterRate = 0.015;
    private const double NamesakeRate = 0.03;

    public static SandboxRelation Of(int seed, int index)
    {
        var rng = new SandboxRandom(seed, index, Salts.Relation);
        var kind = KindOf(ref rng, index);
        if (kind == SandboxRelationKind.None)
        {
            return SandboxRelation.None;
        }
        // Relatives join near each other (they came in together); namesakes can be anywhere earlier.
        var reach = Math.Min(index, kind == SandboxRelationKind.Namesake ? 2_000 : 5);
        var related = index - 1 - rng.Next(reach);
        while (RawKind(seed, related) != SandboxRelationKind.None)
        {
            related--; // index 0 is always ordinary, so this stops
        }
        return new SandboxRelation(kind, related);
    }

    private static SandboxRelationKind RawKind(int seed, int index)
    {
        var rng = new SandboxRandom(seed, index, Salts.Relation);
        return KindOf(ref rng, index);
    }

    private static SandboxRelationKind KindOf(ref SandboxRandom rng, int index)
    {
        var u = rng.NextDouble();
        return index == 0 ? SandboxRelationKind.None
            : u < HouseholdRate ? SandboxRelationKind.Household
            : u < HouseholdRate + NamedAfterRate ? SandboxRelationKind.NamedAfter
            : u < HouseholdRate + NamedAfterRate + NamesakeRate ? SandboxRelationKind.Namesake
            : SandboxRelationKind.None;
    }
}
