using System.Net;
using System.Text.RegularExpressions;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.IntegrationTests.Infrastructure;

public static partial class TestClientExtensions
{
    public static string DemoEmail(string role) => $"{role.ToLowerInvariant()}@demo.mirps.example";

    /// <summary>Reads the antiforgery token from the form of a page, as a browser would submit it.</summary>
    public static async Task<string> GetAntiforgeryTokenAsync(this HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return ExtractAntiforgeryToken(html) ?? throw new InvalidOperationException($"No antiforgery token on {url}");
    }

    public static string? ExtractAntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>Posts a form with the antiforgery token taken from <paramref name="formPageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(formPageUrl);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(action, content);
    }

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string role, string password = PortalFactory.DemoPassword) =>
        await client.SignInWithEmailAsync(DemoEmail(role), password);

    public static async Task<HttpResponseMessage> SignInWithEmailAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/account/signin", "/account/signin",
        [
            new("Email", email),
            new("Password", password),
        ]);
        return response;
    }

    public static async Task SignInAsRoleAsync(this HttpClient client, string role)
    {
        var response = await client.SignInAsync(role);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} failed with {(int)response.StatusCode}");
        }
    }

    public static IReadOnlyList<string> AllRoles => Roles.All;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
