using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace MirpsPractices.Web.Models.Catalogue;

/// <summary>One country's drawing: its box and the SVG path data of each subnational area, by ISO 3166-2 code.</summary>
public sealed record SubnationalDrawing(
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("areas")] IReadOnlyDictionary<string, string> Areas);

/// <summary>
/// The second level of the map: the first-level subdivisions of the seven MIRPS countries, projected and simplified from
/// Natural Earth's admin-1 boundaries by Assets/build-subnational.cjs (npm run subnational) into
/// Models/Catalogue/mirps-subnational.json, embedded in the assembly and read once. <see cref="NotInSource"/> names the
/// codes the source has no boundary for, each with the drawn area that contains it.
/// </summary>
public sealed record SubnationalMap(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("notInSource")] IReadOnlyDictionary<string, string> NotInSource,
    [property: JsonPropertyName("countries")] IReadOnlyDictionary<string, SubnationalDrawing> Countries)
{
    private static readonly Lazy<SubnationalMap> Loaded = new(Load);

    public static SubnationalMap Instance => Loaded.Value;

    private static SubnationalMap Load()
    {
        using var stream = typeof(SubnationalMap).Assembly.GetManifestResourceStream("MirpsPractices.Web.Models.Catalogue.mirps-subnational.json")
            ?? throw new InvalidOperationException("The subnational map is not embedded in the web assembly.");
        return JsonSerializer.Deserialize<SubnationalMap>(stream)
            ?? throw new InvalidOperationException("The subnational map is empty.");
    }
}

/// <summary>One area on a country page: its code, name, number of practices and the accessible name of its shape.</summary>
public sealed record AreaValue(string Code, string Name, int Value, string Label);

/// <summary>
/// Inline SVG of a country's subnational areas, shaded on the statistics map's five-step scale. An area with practices
/// is a link to the catalogue filtered by country and area, named by its <c>&lt;title&gt;</c>; an area with none is drawn
/// unshaded and is not a link (its title still names it). No script, no style attributes (the CSP forbids inline styles).
/// </summary>
public static class SubnationalSvg
{
    private const string Empty = "#ffffff";
    private const string Border = "#44515e";
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    public static IHtmlContent Country(string id, string countryCode, string title, IReadOnlyList<AreaValue> areas)
    {
        var drawing = SubnationalMap.Instance.Countries[countryCode];
        var max = areas.Count == 0 ? 0 : areas.Max(a => a.Value);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart chart-map chart-adm1\" viewBox=\"0 0 {drawing.Width} {drawing.Height}\" aria-labelledby=\"{id}-title\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        foreach (var area in areas)
        {
            if (!drawing.Areas.TryGetValue(area.Code, out var d))
            {
                continue;
            }
            var shape = $"<path d=\"{d}\" fill=\"{(area.Value <= 0 ? Empty : SvgCharts.Fill(area.Value, max))}\" stroke=\"{Border}\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>";
            if (area.Value > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{E(CatalogueHref(countryCode, area.Code))}\" class=\"map-area\" data-code=\"{area.Code}\"><title>{E(area.Label)}</title>{shape}</a>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"map-area map-area-empty\" data-code=\"{area.Code}\" role=\"img\" aria-label=\"{E(area.Label)}\"><title>{E(area.Label)}</title>{shape}</g>");
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    public static string CatalogueHref(string countryCode, string areaCode) => $"/catalogue?country={countryCode}&adm1={areaCode}";

    /// <summary>The colour steps of <see cref="SvgCharts.Fill"/> for <paramref name="max"/>: (colour, value range) pairs, 0 first.</summary>
    public static IReadOnlyList<(string Fill, string Text)> LegendSteps(int max)
    {
        var steps = new List<(string Fill, string Text)> { (Empty, "0") };
        const int scale = 5;
        for (var k = 0; k < scale && max > 0; k++)
        {
            var lo = k * max / scale + 1;
            var hi = (k + 1) * max / scale;
            if (lo <= hi)
            {
                steps.Add((SvgCharts.Fill(hi, max), lo == hi ? $"{lo}" : $"{lo}–{hi}"));
            }
        }
        return steps;
    }

    /// <summary>A small colour swatch as inline SVG (no style attribute needed).</summary>
    public static IHtmlContent Swatch(string fill) =>
        new HtmlString($"<svg class=\"legend-swatch\" width=\"28\" height=\"18\" viewBox=\"0 0 28 18\" aria-hidden=\"true\" focusable=\"false\"><rect x=\"0.5\" y=\"0.5\" width=\"27\" height=\"17\" fill=\"{fill}\" stroke=\"{Border}\"/></svg>");
}
