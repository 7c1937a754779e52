using Portal.Sandbox.People;

namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// Generates the view request of every person myKaarma holds, from (seed, index) alone. Recent requests are mostly
/// still open (items scheduled, requested or pending approval); older ones are mostly completed or declined. Reviews
/// are consistent with each item's status, and about one request in five was asked by Casey Compliance.
/// </summary>
internal sealed class MkRequestFactory(SandboxPopulation population)
{
    private const SandboxVendor Vendor = SandboxVendor.MyKaarma;
    private const int SaltOpen = 0x4D4B_0001;
    private const int SaltRequest = 0x4D4B_0002;
    private static readonly TimeSpan Recent = TimeSpan.FromDays(90);
    private static readonly (string Status, int Weight)[] OpenMix =
        [(MkStatus.Scheduled, 15), (MkStatus.Requested, 25), (MkStatus.PendingApproval, 40), (MkStatus.Completed, 15), (MkStatus.Declined, 5)];
    private static readonly string[] AgainReasons =
    [
        "The photo is blurry; please upload a clearer copy.", "The document has expired.",
        "Both sides of the card are needed.", "The name does not match the application.",
    ];
    private static readonly string[] DeclineReasons =
        ["The document appears to be altered.", "The customer withdrew the application.", "The proof is older than 60 days."];

    public bool Exists(int index) => index >= 0 && index < population.Size && population.Holds(index, Vendor);

    /// <summary>Cheap (no person generated), so listing open requests can scan many indexes.</summary>
    public bool IsOpen(int index)
    {
        var rng = new SandboxRandom(population.Seed, Vendor, index, SaltOpen);
        return rng.Chance(SandboxClock.Now - population.ModifiedAt(index, Vendor) < Recent ? 0.85 : 0.08);
    }

    public MkRequest Create(int index)
    {
        var rng = new SandboxRandom(population.Seed, Vendor, index, SaltRequest);
        var open = IsOpen(index);
        var modified = population.ModifiedAt(index, Vendor);
        var created = modified - TimeSpan.FromMinutes(rng.Next(60, 20 * 24 * 60));
        var requestedBy = rng.Chance(0.2) ? MyKaarmaAssociates.Casey : MyKaarmaAssociates.Riley;
        var vehicles = population.Person(index).Vehicles.Count;
        var types = Shuffled(ref rng).Take(rng.Next(2, 6)).ToList();
        var items = new List<MkItem>(types.Count);
        for (var k = 0; k < types.Count; k++)
        {
            var approval = rng.Chance(0.85);
            var status = open ? Weighted(ref rng) : approval && rng.Chance(0.12) ? MkStatus.Declined : MkStatus.Completed;
            status = approval || status is not (MkStatus.PendingApproval or MkStatus.Declined) ? status : MkStatus.Requested;
            items.Add(new MkItem(k, types[k], status, rng.Chance(0.7), approval, []));
        }
        if (open && !items.Any(i => i.IsOpen))
        {
            items[0] = items[0] with { Status = items[0].ApprovalNeeded ? MkStatus.PendingApproval : MkStatus.Requested };
        }
        var reviewed = items.Select(i => i with { Reviews = Reviews(ref rng, i, requestedBy, created, modified) }).ToList();
        return new MkRequest(index, index, created, requestedBy, vehicles == 0 ? null : rng.Next(vehicles), reviewed);
    }

    /// <summary>A review history that explains the item's status; done by an approver other than the requester.</summary>
    private static IReadOnlyList<MkReview> Reviews(ref SandboxRandom rng, MkItem item, MyKaarmaAssociate requester, DateTimeOffset from, DateTimeOffset to)
    {
        var reviewers = item.Type.Approvers.Where(a => item.Type.IsValidApprover(a) && a != requester).ToList();
        if (!item.ApprovalNeeded || reviewers.Count == 0)
        {
            return [];
        }
        var reviewer = rng.Pick(reviewers);
        var halfway = from + (to - from) / 2;
        var again = rng.Chance(item.Status == MkStatus.PendingApproval ? 0.2 : 0.15)
            ? new MkReview(MkStatus.RequestedAgain, reviewer.UserUuid, reviewer.Name, rng.Pick(AgainReasons), halfway)
            : null;
        MkReview? last = item.Status switch
        {
            MkStatus.Completed => new(MkStatus.Approved, reviewer.UserUuid, reviewer.Name, null, to),
            MkStatus.Declined => new(MkStatus.Declined, reviewer.UserUuid, reviewer.Name, rng.Pick(DeclineReasons), to),
            _ => null,
        };
        return item.Status == MkStatus.Scheduled ? [] : new[] { again, last }.OfType<MkReview>().ToList();
    }

    private static string Weighted(ref SandboxRandom rng)
    {
        var roll = rng.Next(OpenMix.Sum(m => m.Weight));
        foreach (var (status, weight) in OpenMix)
        {
            if ((roll -= weight) < 0)
            {
                return status;
            }
        }
        return MkStatus.Requested;
    }

    private static IEnumerable<MyKaarmaDocumentType> Shuffled(ref SandboxRandom rng)
    {
        var types = MyKaarmaDocumentTypes.All.ToArray();
        for (var i = types.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (types[i], types[j]) = (types[j], types[i]);
        }
        return types;
    }
}
