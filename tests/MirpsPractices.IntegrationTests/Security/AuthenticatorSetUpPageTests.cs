using System.Net;
using System.Text.RegularExpressions;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.Web.Security;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>The authenticator set-up page: a QR code (inline SVG, CSP-safe, with an accessible name) and the key to type.</summary>
public sealed partial class AuthenticatorSetUpPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("es", "Código QR para añadir esta cuenta a su aplicación de autenticación")]
    [InlineData("en", "QR code to add this account to your authenticator app")]
    public async Task The_page_shows_a_QR_code_of_the_otpauth_link_for_this_account_and_the_key_to_type(string culture, string accessibleName)
    {
        var email = $"qr.{culture}@example.org";
        await factory.CreateUserAsync(email, Roles.Moderator);
        var client = await factory.SignedInClientAsync(email);

        var html = await client.GetStringAsync($"/account/two-factor?culture={culture}");

        var key = KeyPattern().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.Equal(32, key.Length);
        var uri = new Uri(WebUtility.HtmlDecode(UriPattern().Match(html).Groups[1].Value));
        Assert.Equal("otpauth", uri.Scheme);
        Assert.Equal("totp", uri.Host);
        Assert.Equal($"MIRPS Prácticas:{email}", Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')));
        var query = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal(key, query["secret"]);
        Assert.Equal("MIRPS Prácticas", query["issuer"]);

        var svg = SvgPattern().Match(html).Value;
        Assert.Contains("role=\"img\"", svg);
        Assert.Contains($"<title id=\"qr-code-title\">{accessibleName}</title>", svg);
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
        // The picture is the QR encoding of exactly that link.
        Assert.Equal(AuthenticatorQrCode.Svg(uri.OriginalString, accessibleName), svg);
    }

    [GeneratedRegex("<kbd id=\"shared-key\">([a-z0-9 ]+)</kbd>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<code>(otpauth://[^<]+)</code>")]
    private static partial Regex UriPattern();

    [GeneratedRegex("<svg[^>]*class=\"qr-code\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();
}
