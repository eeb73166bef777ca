using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using Serilog.Core;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>ASP.NET Core's own request logs raised to Information, as an operator might do when investigating.</summary>
public sealed class VerboseLoggingFactory : PortalFactory
{
    public LogCapture Logs { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Serilog:MinimumLevel:Default"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Information",
        ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
    };

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<ILogEventSink>(Logs);
}

public sealed class LogRedactionTests(VerboseLoggingFactory factory) : IClassFixture<VerboseLoggingFactory>
{
    [Fact]
    public async Task Logs_never_contain_passwords_reset_tokens_or_reset_links()
    {
        var email = TestClientExtensions.DemoEmail(Roles.LocalGovernanceTeam);
        const string wrongPassword = "my secret wrong password 123";
        const string newPassword = "a brand new passphrase for the logs test";
        var client = factory.CreateBrowserLikeClient();

        await client.SignInWithEmailAsync(email, wrongPassword);
        await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", [new("Email", email)]);
        var link = factory.Emails.LinkTo(email, "/account/reset-password");
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), link).Query)["token"]!;
        var reset = await client.PostFormAsync(link, "/account/reset-password",
            [new("User", System.Web.HttpUtility.ParseQueryString(link.Split('?')[1])["user"]!), new("Token", token), new("Password", newPassword), new("ConfirmPassword", newPassword)]);
        Assert.True(reset.IsRedirectTo("/account/signin"), $"{(int)reset.StatusCode}");
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().SignInWithEmailAsync(email, newPassword)).StatusCode);

        var lines = factory.Logs.Lines;
        Assert.True(lines.Any(l => l.Contains("reset-password", StringComparison.Ordinal)), string.Join("\n", lines.Where(l => l.Contains("HTTP", StringComparison.Ordinal)).Take(30)));
        foreach (var secret in new[] { wrongPassword, newPassword, token, Uri.EscapeDataString(token), WebUtility.UrlEncode(token), link, "token=" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
