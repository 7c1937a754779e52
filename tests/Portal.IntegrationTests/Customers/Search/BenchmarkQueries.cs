using Portal.Features.Customers.Search;
using Portal.Sandbox.People;

namespace Portal.IntegrationTests.Customers.Search;

/// <summary>The query mix of <see cref="CustomerSearchBenchmark"/>: what a manager types, drawn from the population.</summary>
internal static class BenchmarkQueries
{
    private const int PerKind = 40;

    public static IEnumerable<(string Kind, List<CustomerSearchRequest> Requests)> Mix(SandboxPopulation population, Random random)
    {
        SandboxPerson Someone() => population.Person(random.Next(population.Size));
        List<CustomerSearchRequest> Take(Func<SandboxPerson, string> text, CustomerSort sort = CustomerSort.Name) =>
            Enumerable.Range(0, PerKind).Select(_ => new CustomerSearchRequest { Text = text(Someone()), Sort = sort }).ToList();

        yield return ("last name", Take(p => p.LastName));
        yield return ("full name", Take(p => $"{p.FirstName} {p.LastName}"));
        yield return ("name fragment (4)", Take(p => p.LastName.Length > 4 ? p.LastName.Substring(1, 4) : p.LastName));
        yield return ("name fragment (3)", Take(p => p.FirstName[..Math.Min(3, p.FirstName.Length)]));
        yield return ("email", Take(p => p.Email.ToUpperInvariant()));
        yield return ("email local part", Take(p => p.Email[..p.Email.IndexOf('@')]));
        yield return ("phone (312) 555-0142", Take(p => $"({p.PhoneE164[2..5]}) {p.PhoneE164[5..8]}-{p.PhoneE164[8..]}"));
        yield return ("phone +1 312 555 0142", Take(p => $"+1 {p.PhoneE164[2..5]} {p.PhoneE164[5..8]} {p.PhoneE164[8..]}"));
        yield return ("vin", Take(p => p.Vehicles.Count > 0 ? p.Vehicles[0].Vin : p.LastName));
        yield return ("prefix (1-2 letters)", Take(p => p.FirstName[..(1 + random.Next(2))]));
        yield return ("prefix, by activity", Take(p => p.LastName[..2], CustomerSort.RecentActivity));
        yield return ("empty, by name", Take(_ => ""));
        yield return ("empty, by activity", Take(_ => "", CustomerSort.RecentActivity));
        yield return ("last name, page 2", Take(p => p.LastName));
        yield return ("fragment (3), by activity", Take(p => p.LastName[..3], CustomerSort.RecentActivity));
    }

    public static IEnumerable<(string Name, SearchSqlPlan Plan)> Plans(int dealership)
    {
        var cursor = new SearchCursor("m", 1);
        yield return ("text, manager, by name", new(CustomerSearchSql.MatchAll(["smith"]), ["jo"], null, [dealership], [], false, false, cursor, 26));
        yield return ("text, admin, by activity", new(CustomerSearchSql.MatchAll(["smith"]), [], null, null, [Portal.Vendors.VendorKind.Walcu], true, true, null, 26));
        yield return ("broad text walk, manager, by name", new(null, ["smith", "jo"], null, [dealership], [], false, false, cursor, 26));
        yield return ("broad text walk, admin, by activity", new(null, ["smith"], null, null, [], true, true, null, 26));
        yield return ("prefix, manager, by name", new(null, [], "jo", [dealership], [], false, false, cursor, 26));
        yield return ("prefix, admin, by name desc", new(null, [], "jo", null, [], false, true, null, 26));
        yield return ("empty, manager, by activity", new(null, [], null, [dealership], [Portal.Vendors.VendorKind.Cova], true, true, cursor, 26));
        yield return ("empty, admin, by name", new(null, [], null, null, [], false, false, null, 26));
    }
}
