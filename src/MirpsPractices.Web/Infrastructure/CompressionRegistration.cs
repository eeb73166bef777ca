using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Brotli or gzip for pages, JSON, CSV, Atom and the OpenAPI document (static assets come precompressed from
/// MapStaticAssets). The middleware runs inside the output cache, so an anonymous cached page is compressed once and
/// stored compressed, one entry per negotiated encoding (<see cref="PublicPageCachePolicy"/>). BREACH: a response that
/// holds a secret next to text an attacker can choose is never compressed (<see cref="PortalCompressionProvider"/>,
/// docs/security.md).
/// </summary>
public static class CompressionRegistration
{
    public static readonly string[] MimeTypes =
    [
        "text/html", "application/json", "application/problem+json", "text/csv", "application/atom+xml", "text/plain",
        "application/xml", "text/xml",
    ];

    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = MimeTypes;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        // Brotli's "optimal" in .NET is quality 4: a cached page is compressed once, an uncached one costs about a
        // millisecond per 50 KB on the 2-core target (docs/performance.md).
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<ResponseCompressionProvider>();
        services.AddSingleton<IResponseCompressionProvider, PortalCompressionProvider>();
        return services;
    }

    /// <summary>The encoding this request would get ("br", "gzip" or "identity"): the output cache keeps one entry per value.</summary>
    public static string NegotiatedEncoding(HttpContext context)
    {
        var provider = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return provider.CheckRequestAcceptsCompression(context)
            ? provider.GetCompressionProvider(context)?.EncodingName ?? "identity"
            : "identity";
    }
}

/// <summary>
/// The framework's provider, except that pages for a signed-in user and responses that carry an antiforgery token (which
/// marks them no-store, as the sign-in page) stay uncompressed: they mix secrets (the token, personal data) with text an
/// attacker can put on the page (a search, a return URL), which is what BREACH needs to read the secret from the size.
/// </summary>
public sealed class PortalCompressionProvider(ResponseCompressionProvider inner) : IResponseCompressionProvider
{
    public ICompressionProvider? GetCompressionProvider(HttpContext context) => inner.GetCompressionProvider(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => inner.CheckRequestAcceptsCompression(context);

    public bool ShouldCompressResponse(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && !context.Response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
        && inner.ShouldCompressResponse(context);
}
