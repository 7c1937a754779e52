namespace Portal.Features.Customers.Search;

/// <summary>Shows an E.164 number the way people here read it: North American as (312) 555-0142, others as stored.</summary>
public static class PhoneDisplay
{
    public static string Format(string e164) =>
        e164 is ['+', '1', .. var rest] && rest.Length == 10 && rest.All(char.IsAsciiDigit)
            ? $"({rest[..3]}) {rest[3..6]}-{rest[6..]}"
            : e164;
}
