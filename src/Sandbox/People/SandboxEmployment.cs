namespace Portal.Sandbox.People;

/// <summary>What a credit application records about a person's job. <c>EmployerName</c> and <c>EmployerPhone</c> are
/// empty for retired people and students; <c>StatusCode</c> is one of <see cref="SandboxEmploymentStatus"/>'s.</summary>
public sealed record SandboxEmployment(string EmployerName, string EmployerPhone, string Title, int MonthsEmployed,
    decimal AnnualIncome, string StatusCode);

/// <summary>The employment status codes the generator uses.</summary>
public static class SandboxEmploymentStatus
{
    public const string Employed = "EMPLOYED";
    public const string SelfEmployed = "SELF_EMPLOYED";
    public const string Retired = "RETIRED";
    public const string Student = "STUDENT";
}
