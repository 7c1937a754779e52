namespace Portal.Sandbox.MyKaarma;

/// <summary>A dealer associate as myKaarma lists them on items (userUuid) and in reviews (reviewerName).</summary>
public sealed record MyKaarmaAssociate(int Number, string UserUuid, string Name);

/// <summary>
/// The sandbox dealership's associates. Casey Compliance approves most items (not credit applications) and is the
/// portal's demo compliance account; Riley Sales asks customers for data and approves nothing; some requests are asked
/// by Casey too, so the portal can show that it refuses self-approval. Taylor left: listed with isValid false.
/// </summary>
public static class MyKaarmaAssociates
{
    public static readonly MyKaarmaAssociate Casey = new(1, "a5500000-0000-4000-8000-000000000001", "Casey Compliance");
    public static readonly MyKaarmaAssociate Jordan = new(2, "a5500000-0000-4000-8000-000000000002", "Jordan Finance");
    public static readonly MyKaarmaAssociate Morgan = new(3, "a5500000-0000-4000-8000-000000000003", "Morgan Service");
    public static readonly MyKaarmaAssociate Riley = new(4, "a5500000-0000-4000-8000-000000000004", "Riley Sales");
    public static readonly MyKaarmaAssociate Taylor = new(5, "a5500000-0000-4000-8000-000000000005", "Taylor Former");

    public static IReadOnlyList<MyKaarmaAssociate> All { get; } = [Casey, Jordan, Morgan, Riley, Taylor];

    public static MyKaarmaAssociate? Find(string? userUuid) =>
        All.FirstOrDefault(a => string.Equals(a.UserUuid, userUuid, StringComparison.OrdinalIgnoreCase));
}
