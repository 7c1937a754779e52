using Portal.Security;

namespace Portal.Tests.Security;

public sealed class SensitiveValuesTests
{
    [Theory]
    [InlineData("ssn")]
    [InlineData("SSN")]
    [InlineData("coBuyer.socialSecurityNumber")]
    [InlineData("driversLicense.number")]
    [InlineData("driver_license_number")]
    [InlineData("licenceNumber")]
    [InlineData("dateOfBirth")]
    [InlineData("dob")]
    [InlineData("monthlyIncome")]
    [InlineData("employerName")]
    [InlineData("clientSecret")]
    public void IsSensitiveField_SensitiveName_IsTrue(string field) => Assert.True(SensitiveValues.IsSensitiveField(field));

    [Theory]
    [InlineData("city")]
    [InlineData("firstName")]
    [InlineData("email")]
    [InlineData("")]
    [InlineData(null)]
    public void IsSensitiveField_OrdinaryName_IsFalse(string? field) => Assert.False(SensitiveValues.IsSensitiveField(field));

    [Theory]
    [InlineData("078-05-1120", "•••• 1120")]
    [InlineData("D1234-5678-9012", "•••• 9012")]
    [InlineData("1961-07-04", "••••")]
    [InlineData("07/04/1961", "••••")]
    [InlineData("85000", "••••")]
    [InlineData("Canary Widgets Inc", "••••")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Mask_Value_KeepsAtMostTheLastFourDigitsOfLongNumbers(string? value, string? expected) =>
        Assert.Equal(expected, SensitiveValues.Mask(value));

    [Theory]
    [InlineData("jane.doe@example.com", "j•••@example.com")]
    [InlineData("not-an-email", "••••")]
    [InlineData("", "••••")]
    public void MaskEmail_Address_KeepsFirstLetterAndDomain(string email, string expected) =>
        Assert.Equal(expected, SensitiveValues.MaskEmail(email));
}
