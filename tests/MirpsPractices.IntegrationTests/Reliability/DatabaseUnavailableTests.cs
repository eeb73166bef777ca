using System.Net;
using Serilog.Events;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>The SQLite "file" is a directory: the database cannot be opened at start-up.</summary>
public sealed class UnopenableDatabaseFactory : ReliabilityFactory
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "mirps-tests", $"not-a-file-{Guid.NewGuid():N}.db");

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            System.IO.Directory.CreateDirectory(Directory);
            return new Dictionary<string, string?> { ["ConnectionStrings:Sqlite"] = $"Data Source={Directory}" };
        }
    }
}

/// <summary>An unreachable database at start-up: a clear critical log line, a failing /health and a localized 503, not a crash loop.</summary>
public sealed class DatabaseUnavailableTests(UnopenableDatabaseFactory factory) : IClassFixture<UnopenableDatabaseFactory>
{
    [Fact]
    public async Task The_app_starts_says_why_in_the_log_and_answers_503_with_an_unhealthy_health_check()
    {
        var client = factory.CreateBrowserLikeClient();

        using var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        using var page = await client.GetAsync("/catalogue");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("El portal no puede acceder a su base de datos", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var englishClient = factory.CreateBrowserLikeClient();
        englishClient.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var english = await englishClient.GetAsync("/workspace");
        Assert.Contains("The portal cannot reach its database", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains(factory.Log.Events, e => e.Level == LogEventLevel.Fatal
            && e.Message.Contains("could not be opened or migrated at start-up", StringComparison.Ordinal)
            && e.Message.Contains("unable to open database file", StringComparison.Ordinal));
    }
}
