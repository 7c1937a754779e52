using System.Net;
using System.Text.RegularExpressions;

namespace Portal.TestSupport;

/// <summary>Signs a loopback HttpClient in through the real sign-in form (antiforgery token included).</summary>
public static partial class SignInHelper
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("account/signin");
        var token = AntiforgeryTokenOf(form);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync("account/signin", content);
    }

    public static async Task SignInOrThrowAsync(HttpClient client, string email, string password)
    {
        var response = await SignInAsync(client, email, password);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
        {
            throw new InvalidOperationException($"Sign-in as {email} did not redirect: {(int)response.StatusCode}");
        }
    }

    /// <summary>The antiforgery token of a server-rendered form page.</summary>
    public static string AntiforgeryTokenOf(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
