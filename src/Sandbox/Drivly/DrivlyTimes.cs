using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// When a generated customer was created and when each of its generated versions was saved: cheap to compute
/// (no person is generated), so filters and sorts on timestamps never render whole documents.
/// </summary>
internal static class DrivlyTimes
{
    private const int SaltTimes = 0x4401;
    public const int MaxGeneratedVersions = 4;

    /// <summary>The last version is the current document (saved at the record's ModifiedAt); the first at its creation.</summary>
    public static DateTimeOffset[] VersionTimes(SandboxPopulation population, int index)
    {
        var updated = population.ModifiedAt(index, SandboxVendor.Drivly);
        var rng = DrivlySandbox.Random(population.Seed, index, SaltTimes);
        // A fifth of customers were created at their last change; the rest up to four years earlier.
        var created = rng.Chance(0.2) ? updated : updated - TimeSpan.FromSeconds(rng.Next(3_600, 4 * 365 * 86_400));
        var count = created == updated ? 1 : rng.Next(1, MaxGeneratedVersions + 1);
        var times = new DateTimeOffset[count];
        times[0] = created;
        times[count - 1] = updated;
        for (var j = 1; j < count - 1; j++)
        {
            // Between the neighbours, in order: each step takes a share of what is left.
            var left = updated - times[j - 1];
            times[j] = times[j - 1] + TimeSpan.FromSeconds(Math.Max(1, left.TotalSeconds * (0.2 + (rng.NextDouble() * 0.5))));
        }
        return times;
    }

    public static DateTimeOffset CreatedAt(SandboxPopulation population, int index) => VersionTimes(population, index)[0];

    /// <summary>Generated version ids: sixteen slots per person, the first <see cref="MaxGeneratedVersions"/> used.</summary>
    public static long VersionId(int index, int ordinal) => ((long)index * 16) + ordinal + 1;

    /// <summary>The person index and version ordinal of a generated version id.</summary>
    public static (int Index, int Ordinal) OfVersionId(long id) => ((int)((id - 1) / 16), (int)((id - 1) % 16));
}
