namespace Portal.IntegrationTests.Admin;

/// <summary>The demo accounts without the Admin role, crossed with what each admin test tries.</summary>
internal static class NonAdminCases
{
    public static readonly string[] Emails = ["manager@sandbox.local", "compliance@sandbox.local", "auditor@sandbox.local"];

    public static TheoryData<string, string> Cross(IEnumerable<string> attempts)
    {
        var data = new TheoryData<string, string>();
        foreach (var email in Emails)
        {
            foreach (var attempt in attempts)
            {
                data.Add(email, attempt);
            }
        }
        return data;
    }
}
