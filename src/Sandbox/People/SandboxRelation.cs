namespace Portal.Sandbox.People;

/// <summary>The hard cases for record linking: people who are different but look alike.</summary>
public enum SandboxRelationKind
{
    /// <summary>An ordinary person.</summary>
    None = 0,

    /// <summary>Lives with the related person (a partner, or another adult of the family): same address and last
    /// name, sometimes the same home phone or family email; a different first name and date of birth.</summary>
    Household = 1,

    /// <summary>Parent or child with the related person's full name (Jr./Sr. for men) at the same address; a
    /// different date of birth, email and phone.</summary>
    NamedAfter = 2,

    /// <summary>An unrelated person with the related person's first and last name; everything else differs.</summary>
    Namesake = 3,
}

/// <summary>How a person relates to an earlier one. <paramref name="RelatedIndex"/> is -1 for
/// <see cref="SandboxRelationKind.None"/>, otherwise a smaller index whose own kind is None.</summary>
public readonly record struct SandboxRelation(SandboxRelationKind Kind, int RelatedIndex)
{
    public static SandboxRelation None { get; } = new(SandboxRelationKind.None, -1);
}
