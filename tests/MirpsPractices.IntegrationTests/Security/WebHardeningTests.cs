using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

public sealed class SecurityHeadersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> Responses => new()
    {
        { "GET", "/" },
        { "GET", "/css/site.css" },
        { "GET", "/lib/bootstrap/css/bootstrap.portal.min.css" },
        { "GET", "/favicon.ico" },
        { "GET", "/language/en?returnUrl=%2F" },   // redirect
        { "GET", "/admin" },                       // redirect to sign-in
        { "GET", "/no-such-page" },                // 404 page
        { "GET", "/error/500" },                   // error page
        { "POST", "/account/signin" },             // 400: no antiforgery token
        { "GET", "/health" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers_and_no_Server_header(string method, string url)
    {
        // HTTPS on a real host name, as behind the production proxy: HSTS is never sent over HTTP nor for localhost.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://practicas.mirps.example") });
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method == "POST" ? new FormUrlEncodedContent([new("Email", "x@example.org")]) : null,
        });

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Matches("script-src 'self'[;$]?", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"), "no Server header");
        Assert.False(response.Headers.Contains("X-Powered-By"));
    }

    [Fact]
    public async Task Pages_contain_no_inline_script_or_style()
    {
        var client = await factory.SignedInAsRoleAsync(Roles.Administrator);
        foreach (var url in new[] { "/", "/account/signin", "/account/manage", "/account/two-factor", "/admin", "/admin/users", "/admin/organisations", "/admin/reference", "/admin/audit", "/admin/users/invite", "/admin/organisations/new" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotContain(" style=\"", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotMatch(" on[a-z]+=\"", html);
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage!.RequestUri} ({(int)response.StatusCode})");
}

public sealed class CookieAndCacheTests(SecureCookiesFactory factory) : IClassFixture<SecureCookiesFactory>
{
    [Fact]
    public async Task Session_and_antiforgery_cookies_are_host_prefixed_secure_httponly_and_samesite()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var form = await client.GetAsync("/account/signin");
        var antiforgery = Assert.Single(SetCookies(form), c => c.StartsWith("__Host-mirps-af=", StringComparison.Ordinal));
        var token = TestClientExtensions.ExtractAntiforgeryToken(await form.Content.ReadAsStringAsync())!;
        var signIn = await client.PostAsync("/account/signin", new FormUrlEncodedContent(
            [new("Email", TestClientExtensions.DemoEmail(Roles.CivilSociety)), new("Password", PortalFactory.DemoPassword), new("__RequestVerificationToken", token)]));
        var auth = Assert.Single(SetCookies(signIn), c => c.StartsWith("__Host-mirps-auth=", StringComparison.Ordinal));

        foreach (var cookie in new[] { antiforgery, auth })
        {
            Assert.Contains("; secure", cookie);
            Assert.Contains("; httponly", cookie);
            Assert.Contains("; path=/", cookie);
            Assert.DoesNotContain("domain=", cookie);
        }
        Assert.Contains("; samesite=strict", antiforgery);
        Assert.Contains("; samesite=lax", auth);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.ToLowerInvariant().Replace("__host-", "__Host-", StringComparison.Ordinal)) : [];
}

public sealed class CacheTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Signed_in_pages_are_no_store_and_never_served_from_or_to_the_output_cache()
    {
        var signedIn = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var home = await signedIn.GetAsync("/?cache-probe=1");
        var manage = await signedIn.GetAsync("/account/manage");
        var anonymous = await factory.CreateBrowserLikeClient().GetStringAsync("/?cache-probe=1");
        var signedInAgain = await signedIn.GetStringAsync("/?cache-probe=1");

        Assert.Equal("no-store", home.Headers.CacheControl?.ToString());
        Assert.Equal("no-store", manage.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("/account/signout", anonymous);
        Assert.Contains("/account/signout", signedInAgain);
    }
}

public sealed class SecureCookiesFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SecureCookies"] = "true" };
}

/// <summary>Production: an unhandled exception shows the localized error page with a correlation id, never the exception.</summary>
public sealed class ProductionErrorFactory : PortalFactory
{
    protected override string EnvironmentName => "Production";

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddControllersWithViews().AddApplicationPart(typeof(ThrowingTestController).Assembly);
}

[AllowAnonymous]
public sealed class ThrowingTestController : Controller
{
    public const string Secret = "connection string Password=hunter2 in the exception";

    [HttpGet("/test/throw")]
    public IActionResult Throw() => throw new InvalidOperationException(Secret);
}

public sealed class ProductionErrorTests(ProductionErrorFactory factory) : IClassFixture<ProductionErrorFactory>
{
    [Fact]
    public async Task An_unhandled_exception_in_Production_shows_no_stack_trace()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync("/test/throw");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Algo salió mal", html);
        Assert.Contains("site-header", html);
        Assert.DoesNotContain(ThrowingTestController.Secret, html);
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("ThrowingTestController", html);
        Assert.DoesNotContain(".cs:line", html);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
