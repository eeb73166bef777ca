using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>One endpoint of the app, keyed "METHOD /route/pattern" as in <see cref="AuthorizationMatrix"/>.</summary>
public sealed record PortalEndpoint(string Method, string Pattern)
{
    public string Key => $"{Method} {Pattern}";
}

public enum Outcome
{
    /// <summary>
    /// The request reached the endpoint: 2xx, a redirect that is not to sign-in, access denied or 2FA set-up,
    /// or the endpoint's own 409/422 refusal of the (empty) content it was sent, which happens only after authorization.
    /// </summary>
    Ok,
    /// <summary>Sent to the sign-in page (anonymous on a protected endpoint).</summary>
    SignIn,
    /// <summary>403 or sent to the access-denied page (signed in without the right role).</summary>
    Forbidden,
    /// <summary>Sent to the two-factor set-up page because the role requires it (staff without an authenticator app).</summary>
    TwoFactorSetup,
    NotFound,
    BadRequest,
}

public static partial class EndpointCatalogue
{
    /// <summary>Every routable endpoint: controllers, health checks, the fallback. Endpoints without method metadata are "ANY".</summary>
    public static IReadOnlyList<PortalEndpoint> Enumerate(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            // Static files (MapStaticAssets, and its development fallback for files outside the manifest) are public by design:
            // Delivery/CompressedDeliveryTests covers them.
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null && (e.RoutePattern.RawText ?? "").TrimStart('/') != "{**path:file}")
            .SelectMany(e =>
            {
                var pattern = "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                return methods is { Count: > 0 } ? methods.Select(m => new PortalEndpoint(m, pattern)) : [new PortalEndpoint("ANY", pattern)];
            })
            .Distinct()
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A concrete URL for a pattern: each route parameter replaced by the sample value for "name:constraint" (e.g. "id:guid"),
    /// else for its name, else for its constraint (e.g. "guid").
    /// </summary>
    public static string Url(string pattern, IReadOnlyDictionary<string, string> samples) =>
        ParameterPattern().Replace(pattern, m =>
        {
            var name = m.Groups["name"].Value;
            var constraint = m.Groups["constraint"].Value;
            return samples.TryGetValue($"{name}:{constraint}", out var value) || samples.TryGetValue(name, out value) || samples.TryGetValue(constraint, out value)
                ? Uri.EscapeDataString(value)
                : throw new InvalidOperationException($"No sample value for route parameter '{name}' in {pattern}: add one to the samples.");
        });

    public static Outcome Classify(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location!;
            var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("http://localhost"), location);
            return absolute.AbsolutePath switch
            {
                "/account/signin" => Outcome.SignIn,
                "/account/access-denied" => Outcome.Forbidden,
                "/account/two-factor" when absolute.Query.Contains("required=true", StringComparison.Ordinal) => Outcome.TwoFactorSetup,
                _ => Outcome.Ok,
            };
        }
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Outcome.SignIn,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.BadRequest => Outcome.BadRequest,
            HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity => Outcome.Ok,
            _ when status is >= 200 and < 300 => Outcome.Ok,
            _ => throw new InvalidOperationException($"Unexpected status {status} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}"),
        };
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)(:(?<constraint>[^}?]*))?\??\}")]
    private static partial Regex ParameterPattern();
}
