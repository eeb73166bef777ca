using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Delivery;

/// <summary>
/// The build manifest (what tests and `dotnet run` use) drops the caching headers unless asked; a published release sends
/// them always. The setting makes the test see what a release sends.
/// </summary>
public sealed class ReleaseCachingFactory : PortalFactory
{
    // Development maps the build's precompressed copies (obj/compressed) through UseStaticWebAssets, as `dotnet run` does.
    protected override string EnvironmentName => "Development";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["EnableStaticAssetsDevelopmentCaching"] = "true" };
}

public sealed partial class CompressedDeliveryTests(ReleaseCachingFactory factory) : IClassFixture<ReleaseCachingFactory>
{
    [Fact]
    public async Task Every_asset_of_the_home_page_has_a_fingerprinted_url_is_immutable_and_comes_in_brotli()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await client.GetStringAsync("/");

        var assets = AssetUrl().Matches(html).Select(m => m.Groups["url"].Value).Distinct().ToList();
        Assert.Contains(assets, a => a.StartsWith("/lib/bootstrap/css/bootstrap.portal.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/css/site.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("/js/site.", StringComparison.Ordinal));
        Assert.DoesNotContain(assets, a => a.Contains("jquery", StringComparison.OrdinalIgnoreCase) || a.Contains("bootstrap.bundle", StringComparison.Ordinal));
        foreach (var url in assets)
        {
            Assert.Matches(@"\.[a-z0-9]{10}\.(css|js)$", url);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((response.Headers.CacheControl?.ToString() ?? "").Contains("immutable", StringComparison.Ordinal), url + " " + response.Headers + response.Content.Headers);
            Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.NotNull(response.Headers.ETag);

            // The body must really be Brotli of the file (a gzip body under a "br" header is refused by browsers).
            var identity = await client.GetStringAsync(url);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(identity, await DecompressAsync(new BrotliStream(new MemoryStream(body), CompressionMode.Decompress)));
        }
    }

    [Fact]
    public async Task An_anonymous_catalogue_page_is_served_compressed_from_the_cache_and_decompresses_to_the_uncompressed_html()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string url = "/catalogue?q=empleo&culture=en";

        var first = await GetAsync(client, url, "br, gzip");
        var cached = await GetAsync(client, url, "br, gzip");
        var plain = await GetAsync(client, url, null);
        var gzip = await GetAsync(client, url, "gzip");

        Assert.Equal("br", Assert.Single(first.Content.Headers.ContentEncoding));
        Assert.Equal("br", Assert.Single(cached.Content.Headers.ContentEncoding));
        Assert.True(cached.Headers.Age is not null, "the second response comes from the output cache (Age header)");
        Assert.Contains("Accept-Encoding", cached.Headers.Vary.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));

        var expected = await plain.Content.ReadAsStringAsync();
        var stored = await cached.Content.ReadAsByteArrayAsync();
        Assert.True(stored.Length < expected.Length / 3, $"compressed {stored.Length} bytes vs {expected.Length}");
        Assert.Equal(expected, await DecompressAsync(new BrotliStream(new MemoryStream(stored), CompressionMode.Decompress)));
        Assert.Equal(expected, await DecompressAsync(new GZipStream(new MemoryStream(await gzip.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress)));
    }

    [Theory]
    [InlineData("/api/v1/practices", "application/json")]
    [InlineData("/catalogue/export.json", "application/json")]
    [InlineData("/catalogue/export.csv", "text/csv")]
    [InlineData("/catalogue/feed.atom", "application/atom+xml")]
    [InlineData("/openapi/v1.json", "application/json")]
    public async Task Open_data_feeds_and_the_api_description_are_sent_compressed_and_decode_to_the_same_body(string url, string mediaType)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var brotli = await GetAsync(client, url, "gzip, deflate, br");
        var gzip = await GetAsync(client, url, "gzip");
        var plain = await GetAsync(client, url, null);

        Assert.Equal(HttpStatusCode.OK, brotli.StatusCode);
        Assert.Equal(mediaType, brotli.Content.Headers.ContentType?.MediaType);
        Assert.Equal("br", Assert.Single(brotli.Content.Headers.ContentEncoding));
        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        // Each encoding is its own cache entry, rendered at its own instant: the "generated at" times may differ.
        var expected = WithoutTimes(await plain.Content.ReadAsStringAsync());
        Assert.Equal(expected, WithoutTimes(await DecompressAsync(new BrotliStream(new MemoryStream(await brotli.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress))));
        Assert.Equal(expected, WithoutTimes(await DecompressAsync(new GZipStream(new MemoryStream(await gzip.Content.ReadAsByteArrayAsync()), CompressionMode.Decompress))));
    }

    private static string WithoutTimes(string body) => Timestamp().Replace(body, "<time>");

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")]
    private static partial Regex Timestamp();

    [Fact]
    public async Task A_signed_in_form_page_with_an_antiforgery_token_is_not_compressed()
    {
        var client = await factory.SignedInAsRoleAsync(Roles.CivilSociety);

        var response = await GetAsync(client, "/account/manage", "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_anonymous_sign_in_form_with_its_antiforgery_token_is_not_compressed()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await GetAsync(client, "/account/signin?returnUrl=%2Fcatalogue", "br, gzip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync());
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static async Task<string> DecompressAsync(Stream stream)
    {
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>/(?:css|js|lib)/[^\"]+)\"")]
    private static partial Regex AssetUrl();
}
