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

    /// <summary>
    /// Signs in through the form; when the account uses two-factor authentication (demo Moderator and Administrator),
    /// completes the second step with a code computed from <paramref name="authenticatorKey"/> (the demo key by default).
    /// </summary>
    public static async Task<HttpResponseMessage> SignInWithEmailAsync(this HttpClient client, string email, string password, string? authenticatorKey = PortalFactory.DemoAuthenticatorKey)
    {
        var response = await client.PostFormAsync("/account/signin", "/account/signin",
        [
            new("Email", email),
            new("Password", password),
        ]);
        var location = response.Headers.Location?.OriginalString;
        if (authenticatorKey is null || location is null || !location.StartsWith("/account/signin-2fa", StringComparison.Ordinal))
        {
            return response;
        }
        // Each code is accepted once: AuthenticatorCodes hands out the next unused one.
        return await AuthenticatorCodes.WithNextCodeAsync(client, email, authenticatorKey, code => client.PostFormAsync(location, "/account/signin-2fa",
        [
            new("Code", code),
            new("ReturnUrl", QueryValue(location, "returnUrl") ?? "/"),
        ]));
    }

    /// <summary>
    /// Moderators and Administrators must use two-factor authentication: gives a test-made staff account the demo authenticator
    /// key, so <see cref="SignInWithEmailAsync"/> completes its second step like for the demo accounts.
    /// </summary>
    public static async Task EnableDemoTwoFactorAsync(this Microsoft.AspNetCore.Identity.UserManager<ApplicationUser> users, ApplicationUser user)
    {
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", PortalFactory.DemoAuthenticatorKey);
        await users.SetTwoFactorEnabledAsync(user, true);
    }

    /// <summary>The current authenticator-app code for a Base32 key, as the user's phone would show it.</summary>
    public static string TotpCode(string base32Key) => new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    private static string? QueryValue(string url, string name)
    {
        var query = url.Contains('?') ? url[(url.IndexOf('?') + 1)..] : "";
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts[0].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : "");
            }
        }
        return null;
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
