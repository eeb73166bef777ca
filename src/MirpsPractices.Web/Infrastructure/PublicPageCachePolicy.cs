using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Output caching for public, anonymous pages: one entry per URL, UI language and response encoding (br, gzip or none), tagged so that publishing,
/// changing or withdrawing a practice evicts them. Signed-in users are never served from or stored in the cache.
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPages";
    public const string CatalogueTag = "catalogue";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = context.HttpContext.User.Identity?.IsAuthenticated != true;
        var cacheable = anonymous && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.Tags.Add(CatalogueTag);
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        // Stored as compressed by UseResponseCompression: one entry per negotiated encoding, not per raw Accept-Encoding.
        context.CacheVaryByRules.VaryByValues["encoding"] = CompressionRegistration.NegotiatedEncoding(context.HttpContext);
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Anything that sets a cookie (antiforgery, culture) or failed is personal or transient: never stored.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
