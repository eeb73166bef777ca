using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// X-Forwarded-For/-Proto are trusted only from known proxies: loopback by default, plus ForwardedHeaders:KnownProxies (IPs)
/// and ForwardedHeaders:KnownNetworks (CIDR). Trusting every sender would let anyone pick the IP the rate limiter and the
/// audit log see.
/// </summary>
public static class ForwardedHeadersRegistration
{
    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
