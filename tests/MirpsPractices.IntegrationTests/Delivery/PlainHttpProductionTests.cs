using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using Serilog.Core;

namespace MirpsPractices.IntegrationTests.Delivery;

/// <summary>Production with its default secure cookies, reached over plain HTTP (a TLS proxy that sends no X-Forwarded-Proto).</summary>
public sealed class PlainHttpProductionFactory : PortalFactory
{
    public LogCapture Logs { get; } = new();

    protected override string EnvironmentName => "Production";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Security:SecureCookies"] = "true" };

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILogEventSink>(Logs);
}

public sealed class PlainHttpProductionTests(PlainHttpProductionFactory factory) : IClassFixture<PlainHttpProductionFactory>
{
    [Fact]
    public async Task Sign_in_over_plain_HTTP_shows_the_secure_connection_page_and_logs_one_warning_naming_the_settings()
    {
        var client = factory.CreateBrowserLikeClient();

        var form = await client.GetAsync("/account/signin?culture=en");
        var again = await client.GetAsync("/account/signin");
        var post = await client.PostAsync("/account/signin", new FormUrlEncodedContent(
            [new("Email", TestClientExtensions.DemoEmail(Roles.CivilSociety)), new("Password", PortalFactory.DemoPassword)]));

        foreach (var response in new[] { form, again, post })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
        var html = await form.Content.ReadAsStringAsync();
        Assert.Contains("A secure connection is required", html);
        Assert.Contains("href=\"https://localhost/account/signin?culture=en\"", html);
        Assert.Contains("Se necesita una conexión segura", await again.Content.ReadAsStringAsync());
        var warnings = factory.Logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("X-Forwarded-Proto", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("ForwardedHeaders:KnownProxies", warning);
        Assert.Contains("Security:SecureCookies", warning);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/catalogue")]
    [InlineData("/account/signin")]
    [InlineData("/account/signin-recovery")]
    public async Task No_page_answers_a_server_error_over_plain_HTTP(string path)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync(path);
        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Health_and_stylesheets_still_answer_over_plain_HTTP()
    {
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
    }

    [Fact]
    public async Task Over_HTTPS_the_sign_in_page_works_as_before()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var response = await client.GetAsync("/account/signin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
    }
}
