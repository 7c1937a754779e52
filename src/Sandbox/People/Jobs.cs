using Portal.Sandbox.People.Lists;

namespace Portal.Sandbox.People;

/// <summary>Employment as a credit application records it, and the company name a business customer goes by.</summary>
internal static class Jobs
{
    public static (SandboxEmployment Employment, string? Company) Draw(int seed, int index, string lastName,
        DateOnly dateOfBirth, UsCity city)
    {
        var rng = new SandboxRandom(seed, index, Salts.Employment);
        var age = SandboxClock.Today.Year - dateOfBirth.Year;
        if (age >= 75 || (age >= 62 && rng.Chance(0.6)))
        {
            return (new SandboxEmployment("", "", "Retired", 0, Income(ref rng, 18_000, 60_000),
                SandboxEmploymentStatus.Retired), null);
        }
        if (age <= 24 && rng.Chance(0.25))
        {
            return (new SandboxEmployment("", "", "Student", 0, Income(ref rng, 0, 15_000),
                SandboxEmploymentStatus.Student), null);
        }
        var months = rng.Next(1, Math.Max(2, Math.Min(480, (age - 17) * 12)));
        var phone = Contacts.FictionalPhone(ref rng, city);
        if (rng.Chance(0.1))
        {
            var business = $"{lastName} {rng.Pick(Employers.Trades)} {rng.Pick(Employers.BusinessForms)}";
            return (new SandboxEmployment(business, phone, "Owner", months, Income(ref rng, 30_000, 250_000),
                SandboxEmploymentStatus.SelfEmployed), business);
        }
        var employer = rng.Pick(Employers.Names);
        var income = Income(ref rng, 26_000, 110_000) + (rng.Chance(0.15) ? Income(ref rng, 40_000, 180_000) : 0);
        var job = new SandboxEmployment(employer, phone, rng.Pick(Employers.Titles), months, income,
            SandboxEmploymentStatus.Employed);
        return (job, rng.Chance(0.06) ? employer : null);
    }

    private static decimal Income(ref SandboxRandom rng, int min, int max) => rng.Next(min / 500, max / 500) * 500m;
}
