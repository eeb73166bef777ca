using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Features.Home;
using Serilog.Events;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>The home page's query service fails to resolve: a real unhandled exception inside a real page.</summary>
public sealed class FailingHomeFactory : ReliabilityFactory
{
    protected override void ConfigureReliabilityServices(IServiceCollection services) =>
        services.AddScoped<HomeQueries>(_ => throw new InvalidOperationException("Simulated failure for the error page test"));
}

/// <summary>Unknown routes and failures: localized pages in the site's layout whose reference code is the trace id Serilog logged.</summary>
public sealed partial class ErrorPagesTests(FailingHomeFactory factory) : IClassFixture<FailingHomeFactory>
{
    [Theory]
    [InlineData("es", "La página que busca no existe")]
    [InlineData("en", "The page you are looking for does not exist")]
    public async Task An_unknown_route_is_a_localized_404_in_the_layout_with_the_logged_trace_id(string culture, string text)
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        using var response = await client.GetAsync($"/no/such/page-{Guid.NewGuid():N}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.Contains("<nav", html, StringComparison.Ordinal);
        AssertLoggedWith(CorrelationId(html), 404);
    }

    [Theory]
    [InlineData("es", "Algo salió mal")]
    [InlineData("en", "Something went wrong")]
    public async Task An_unhandled_exception_is_a_localized_500_whose_reference_is_the_trace_id_of_the_logged_error(string culture, string text)
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(text, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulated failure", html, StringComparison.Ordinal);
        var id = CorrelationId(html);
        AssertLoggedWith(id, 500);
        Assert.Contains(factory.Log.Events, e => e.TraceId == id && e.Level >= LogEventLevel.Error && (e.Exception ?? "").Contains("Simulated failure", StringComparison.Ordinal));
    }

    /// <summary>Serilog's request-completion event for the request carries the same W3C trace id as the page shows.</summary>
    private void AssertLoggedWith(string id, int status) =>
        Assert.Contains(factory.Log.Events, e => e.TraceId == id
            && e.Properties.GetValueOrDefault("StatusCode") == status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && e.Message.StartsWith("HTTP ", StringComparison.Ordinal));

    private static string CorrelationId(string html)
    {
        var match = Reference().Match(html);
        Assert.True(match.Success, "No reference code on the error page");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"(?:soporte|support): ([0-9a-f]{32})")]
    private static partial Regex Reference();
}
