using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace MirpsPractices.IntegrationTests.Reliability;

public enum FieldKind
{
    Text,
    TextArea,
    Hidden,
    Select,
    Checkbox,
    Number,
    Date,
    Email,
    Password,
    Url,
    File,
}

public sealed record FormField(string Name, FieldKind Kind, string Value, int? MaxLength, IReadOnlyList<string> Options);

/// <summary>A form as a browser sees it on a page: where it posts and the fields it sends, with their current values.</summary>
public sealed record DiscoveredForm(string PageUrl, string Action, string Enctype, IReadOnlyList<FormField> Fields);

/// <summary>An endpoint of the app, from its EndpointDataSource: so a new action is swept without anyone listing it.</summary>
public sealed record SweptEndpoint(string Method, string Pattern, Regex Matcher)
{
    public override string ToString() => $"{Method} {Pattern}";
}

/// <summary>
/// Follows the links of the portal as a signed-in user would, and collects every form it meets. Pages are visited once per
/// route shape (digits stand for ids), so the faceted catalogue does not explode the crawl.
/// </summary>
public static partial class FormCrawler
{
    private static readonly string[] Skipped = ["/language/", "export.", "feed.", "/download", "/print", "/openapi", "/health", "/api/", "/account/signout"];

    public static IReadOnlyList<SweptEndpoint> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new SweptEndpoint(m, "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), Matcher(e.RoutePattern))))
            .DistinctBy(e => e.ToString())
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)
            .ToList();

    /// <summary>A regex for the concrete paths of a route pattern; parameters with an int constraint match digits only.</summary>
    private static Regex Matcher(RoutePattern pattern)
    {
        var segments = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
            RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
            RoutePatternParameterPart { IsCatchAll: true } => ".*",
            RoutePatternParameterPart parameter when parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") => "-?[0-9]+",
            _ => "[^/]+",
        })));
        return new Regex("^/" + string.Join("/", segments) + "/?$", RegexOptions.IgnoreCase);
    }

    /// <summary>Public pages hold no POST form; a signed-in crawl spends its budget on the private areas.</summary>
    public static readonly string[] PublicAreas = ["/catalogue", "/practices/", "/organisations", "/statistics", "/about", "/privacy", "/open-data"];

    public static async Task<IReadOnlyList<DiscoveredForm>> CrawlAsync(HttpClient client, IEnumerable<string> start, bool skipPublic, int maxPages = 60)
    {
        var queue = new Queue<string>(start);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new List<DiscoveredForm>();
        while (queue.Count > 0 && seen.Count < maxPages)
        {
            var url = queue.Dequeue();
            var path = url.Split('?')[0];
            var shape = Digits().Replace(path, "{n}");
            if (shapes.GetValueOrDefault(shape) >= 1 || !seen.Add(url))
            {
                continue;
            }
            shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
            using var response = await client.GetAsync(url);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (response.StatusCode != HttpStatusCode.OK || type != "text/html")
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            forms.AddRange(ParseForms(url, html));
            foreach (Match link in Link().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !Skipped.Any(s => href.Contains(s, StringComparison.Ordinal))
                    && !(skipPublic && PublicAreas.Any(p => href.StartsWith(p, StringComparison.Ordinal))))
                {
                    queue.Enqueue(href);
                }
            }
        }
        return forms;
    }

    public static IEnumerable<DiscoveredForm> ParseForms(string pageUrl, string html)
    {
        foreach (Match form in Form().Matches(html))
        {
            var attributes = form.Groups["attrs"].Value;
            if (!string.Equals(Attribute(attributes, "method"), "post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var action = WebUtility.HtmlDecode(Attribute(attributes, "action") ?? pageUrl);
            if (action.Length == 0)
            {
                action = pageUrl;
            }
            var body = form.Groups["body"].Value;
            var fields = new List<FormField>();
            foreach (Match control in Control().Matches(body))
            {
                var tag = control.Groups["tag"].Value.ToLowerInvariant();
                var attrs = control.Groups["attrs"].Value;
                var name = Attribute(attrs, "name");
                if (name is null || attrs.Contains(" disabled", StringComparison.Ordinal))
                {
                    continue;
                }
                var maxLength = int.TryParse(Attribute(attrs, "maxlength") ?? Attribute(attrs, "data-val-length-max") ?? Attribute(attrs, "data-val-maxlength-max"), out var max) ? max : (int?)null;
                switch (tag)
                {
                    case "textarea":
                        fields.Add(new FormField(name, FieldKind.TextArea, WebUtility.HtmlDecode(control.Groups["content"].Value), maxLength, []));
                        break;
                    case "select":
                        var options = Option().Matches(control.Groups["content"].Value).Select(o => WebUtility.HtmlDecode(Attribute(o.Groups["attrs"].Value, "value") ?? o.Groups["text"].Value.Trim())).ToList();
                        var selected = Option().Matches(control.Groups["content"].Value).FirstOrDefault(o => o.Groups["attrs"].Value.Contains("selected", StringComparison.Ordinal));
                        fields.Add(new FormField(name, FieldKind.Select, selected is null ? options.FirstOrDefault() ?? "" : WebUtility.HtmlDecode(Attribute(selected.Groups["attrs"].Value, "value") ?? ""), null, options));
                        break;
                    default:
                        var type = (Attribute(attrs, "type") ?? "text").ToLowerInvariant();
                        var value = WebUtility.HtmlDecode(Attribute(attrs, "value") ?? "");
                        if (type is "submit" or "button" or "reset" or "image")
                        {
                            continue;
                        }
                        if (type is "checkbox" or "radio" && !attrs.Contains("checked", StringComparison.Ordinal))
                        {
                            // Unchecked boxes send nothing; keep them as optional values a test may switch on.
                            fields.Add(new FormField(name, FieldKind.Checkbox, "", null, [value]));
                            continue;
                        }
                        fields.Add(new FormField(name, type switch
                        {
                            "hidden" => FieldKind.Hidden,
                            "checkbox" or "radio" => FieldKind.Checkbox,
                            "number" => FieldKind.Number,
                            "date" or "datetime-local" or "month" => FieldKind.Date,
                            "email" => FieldKind.Email,
                            "password" => FieldKind.Password,
                            "url" => FieldKind.Url,
                            "file" => FieldKind.File,
                            _ => FieldKind.Text,
                        }, value, maxLength, type is "checkbox" or "radio" ? [value] : []));
                        break;
                }
            }
            yield return new DiscoveredForm(pageUrl, action, Attribute(attributes, "enctype") ?? "application/x-www-form-urlencoded", fields);
        }
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, $"(?:^|\\s){Regex.Escape(name)}=\"([^\"]*)\"", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<form(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("<(?<tag>select|textarea)(?<attrs>[^>]*)>(?<content>.*?)</\\k<tag>>|<(?<tag>input)(?<attrs>[^>]*)>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Control();

    [GeneratedRegex("<option(?<attrs>[^>]*)>(?<text>[^<]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Option();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();

    [GeneratedRegex("/[0-9]+(?=/|$)")]
    private static partial Regex Digits();
}
