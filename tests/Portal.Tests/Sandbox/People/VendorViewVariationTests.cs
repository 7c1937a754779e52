using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class VendorViewVariationTests
{
    private static IReadOnlyList<SandboxPerson> People => PopulationSample.People;

    private static IReadOnlyList<SandboxVendorView> Views => PopulationSample.Views;

    [Theory]
    [InlineData(SandboxVariation.PhoneFormat, 0.10, 0.35)]
    [InlineData(SandboxVariation.EmailCase, 0.02, 0.15)]
    [InlineData(SandboxVariation.Typo, 0.01, 0.08)]
    [InlineData(SandboxVariation.MissingEmail, 0.03, 0.15)]
    [InlineData(SandboxVariation.MissingPhone, 0.02, 0.12)]
    public void Views_TenThousandPeople_VariationAtPlausibleRate(SandboxVariation variation, double min, double max)
    {
        var rate = Views.Count(v => v.Has(variation)) / (double)Views.Count;

        Assert.InRange(rate, min, max);
    }

    [Theory]
    [InlineData(SandboxVariation.Nickname, 0.2, 0.6)]
    [InlineData(SandboxVariation.MovedAddress, 0.25, 0.6)]
    [InlineData(SandboxVariation.MaidenName, 0.2, 0.5)]
    public void Views_PeopleWhoCouldVary_VariationAtPlausibleRate(SandboxVariation variation, double min, double max)
    {
        var eligible = Views.Where(v => CouldVary(People[v.PersonIndex], v, variation)).ToList();

        var rate = eligible.Count(v => v.Has(variation)) / (double)eligible.Count;

        Assert.True(eligible.Count > 300, $"only {eligible.Count} views could show {variation}");
        Assert.InRange(rate, min, max);
    }

    [Fact]
    public void People_TenThousand_PlausibleShares()
    {
        Assert.InRange(People.Count(p => p.Nickname is not null) / (double)People.Count, 0.2, 0.5);
        Assert.InRange(People.Count(p => p.PreviousAddress is not null) / (double)People.Count, 0.1, 0.3);
        Assert.InRange(People.Count(p => p.MaidenName is not null) / (double)People.Count, 0.05, 0.2);
        Assert.InRange(People.Count(p => p.Address.Line2 is not null) / (double)People.Count, 0.08, 0.25);
        Assert.InRange(Views.Count(v => v.Variations.Count == 0) / (double)Views.Count, 0.3, 0.8);
    }

    [Fact]
    public void Views_EveryRecord_FlagsSayExactlyHowItDiffers()
    {
        foreach (var view in Views)
        {
            var person = People[view.PersonIndex];
            Assert.Equal(view.Variations.OrderBy(v => v), view.Variations);
            Assert.All(view.Variations, v => Assert.True(v != 0 && (v & (v - 1)) == 0, $"{v} is not one flag"));
            AssertNames(person, view);
            AssertEmail(person, view);
            AssertPhone(person, view);
            AssertAddress(person, view);
        }
    }

    private static void AssertNames(SandboxPerson person, SandboxVendorView view)
    {
        var first = view.Has(SandboxVariation.Nickname) ? person.Nickname : person.FirstName;
        var last = view.Has(SandboxVariation.MaidenName) ? person.MaidenName : person.LastName;
        Assert.NotNull(first);
        Assert.NotNull(last);
        var slips = (view.FirstName == first ? 0 : 1) + (view.LastName == last ? 0 : 1);
        Assert.Equal(view.Has(SandboxVariation.Typo) ? 1 : 0, slips);
        Assert.InRange(view.FirstName.Length - first.Length + view.LastName.Length - last.Length, -1, 1);
    }

    private static void AssertEmail(SandboxPerson person, SandboxVendorView view)
    {
        Assert.Equal(view.Has(SandboxVariation.MissingEmail), view.Email is null);
        if (view.Email is not null)
        {
            Assert.Equal(person.Email, view.Email, ignoreCase: true);
            Assert.Equal(view.Has(SandboxVariation.EmailCase), view.Email != person.Email);
        }
    }

    private static void AssertPhone(SandboxPerson person, SandboxVendorView view)
    {
        Assert.Equal(view.Has(SandboxVariation.MissingPhone), view.Phone is null);
        if (view.Phone is not null)
        {
            var digits = new string(view.Phone.Where(char.IsAsciiDigit).ToArray());
            Assert.EndsWith(person.PhoneE164[2..], digits, StringComparison.Ordinal);
            var house = SandboxPhoneFormats.Format(person.PhoneE164, SandboxPhoneFormats.HouseFormat(view.Vendor));
            Assert.Equal(view.Has(SandboxVariation.PhoneFormat), view.Phone != house);
        }
    }

    private static void AssertAddress(SandboxPerson person, SandboxVendorView view)
    {
        var expected = view.Has(SandboxVariation.MovedAddress) ? person.PreviousAddress : person.Address;
        Assert.Equal(view.Vendor == SandboxVendor.Guardant ? null : expected, view.Address);
    }

    private static bool CouldVary(SandboxPerson person, SandboxVendorView view, SandboxVariation variation) => variation switch
    {
        SandboxVariation.Nickname => person.Nickname is not null,
        SandboxVariation.MaidenName => person.MaidenName is not null,
        _ => person.PreviousAddress is not null && view.Vendor != SandboxVendor.Guardant,
    };
}
