using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>The app on real Kestrel (TestServer has no body size limit), so Kestrel's 12 MB MaxRequestBodySize applies.</summary>
public sealed class KestrelReliabilityFactory : ReliabilityFactory
{
    public string BaseUrl
    {
        get
        {
            StartServer();
            return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        }
    }

    public KestrelReliabilityFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
}

/// <summary>Oversized bodies and form values get a localized 413/400 page, never a 500, and the database is untouched.</summary>
public sealed class OversizedBodyTests(KestrelReliabilityFactory factory) : IClassFixture<KestrelReliabilityFactory>
{
    [Theory]
    [InlineData(13 * 1024 * 1024, false, HttpStatusCode.RequestEntityTooLarge, "Envío demasiado grande")]
    [InlineData(5 * 1024 * 1024, false, HttpStatusCode.BadRequest, "Solicitud no válida")]
    public async Task An_oversized_form_gets_a_localized_error_page_and_changes_nothing(int bytes, bool chunked, HttpStatusCode expected, string title)
    {
        using var client = new HttpClient { BaseAddress = new Uri(factory.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        // As browsers and proxies do for large bodies: the server answers 413 before the body is sent, so the client reads it.
        client.DefaultRequestHeaders.ExpectContinue = true;
        var before = await DatabaseFingerprint.TakeAsync(factory.DatabasePath);
        var body = Encoding.ASCII.GetBytes("Email=" + new string('a', bytes));
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        if (!chunked)
        {
            content.Headers.ContentLength = body.Length;
        }

        using var response = await client.PostAsync("/account/signin", content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(DatabaseFingerprint.Diff(before, await DatabaseFingerprint.TakeAsync(factory.DatabasePath)));
    }
}
