using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace MirpsPractices.Web.Models.Catalogue;

public sealed record ChartBar(string Label, int Value, string? Href = null);

/// <summary>
/// Server-rendered SVG charts for the statistics page: no script, no style attributes (the CSP forbids inline styles),
/// presentation attributes only. Every text is encoded; every chart has a title, and the page adds a data table.
/// </summary>
public static class SvgCharts
{
    private static readonly string[] Scale = ["#e3edf8", "#b5cfec", "#7aa7d8", "#3b78bd", "#0b4f8f"];
    private const string Ink = "#1d2733";
    private const string Empty = "#f1f3f5";

    /// <summary>Colour of a value on the five-step scale (0 gets its own neutral colour).</summary>
    public static string Fill(int value, int max) =>
        value <= 0 || max <= 0 ? Empty : Scale[Math.Min(Scale.Length - 1, (int)Math.Ceiling(value * (double)Scale.Length / max) - 1)];

    private static string TextOn(string fill) => fill is "#3b78bd" or "#0b4f8f" ? "#ffffff" : Ink;

    // Like the views (LocalizationRegistration): accented letters stay readable, markup characters are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private const string MapEmpty = "#ffffff";
    private const string MapBorder = "#44515e";
    private const string Neighbour = "#e6e9ed";

    /// <summary>
    /// Geographic map of the seven MIRPS countries (Natural Earth boundaries, <see cref="CountryMap"/>), each shaded by its
    /// number of practices on the five-step scale and a link to its catalogue whose accessible name is its label; a legend
    /// gives the value ranges of the colours. The neighbours are drawn in grey for orientation and are not links.
    /// </summary>
    public static IHtmlContent Map(string id, string title, IReadOnlyList<(string Code, string Name, int Value, string Label)> countries, string legendTitle)
    {
        var map = CountryMap.Instance;
        var max = countries.Count == 0 ? 0 : countries.Max(c => c.Value);
        var svg = new StringBuilder();
        MapStart(svg, map, id, title, "chart chart-map", role: null);
        foreach (var (code, name, value, label) in countries)
        {
            if (!map.Countries.TryGetValue(code, out var shape))
            {
                continue;
            }
            var fill = value <= 0 ? MapEmpty : Fill(value, max);
            // The link's name comes from its <title> (SVG-AAM); the drawn label is decoration of that name.
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"/catalogue?country={code}\" class=\"map-country\"><title>{E(label)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{shape.PathData}\" fill=\"{fill}\" stroke=\"{MapBorder}\" stroke-width=\"1\" stroke-linejoin=\"round\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{shape.Label[0]}\" y=\"{shape.Label[1]}\" text-anchor=\"{shape.Anchor}\" {Halo} aria-hidden=\"true\">{E(name)} <tspan font-weight=\"700\">{value}</tspan></text>");
            svg.Append("</a>");
        }
        Legend(svg, legendTitle, max);
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>
    /// The same map with the replication pathways between countries: an arrow from the centroid of the model's country to
    /// the centroid of the country it went to (thicker for more pathways, their number at its middle when more than one), and a ring around the
    /// centroid for pathways within one country. Each arrow and ring has a title; the page's tables are the text alternative.
    /// </summary>
    public static IHtmlContent PathwayMap(string id, string title, string description, IReadOnlyList<(string Code, string Name)> countries, IReadOnlyList<(string From, string To, int Count, string Label)> flows)
    {
        var map = CountryMap.Instance;
        var svg = new StringBuilder();
        MapStart(svg, map, id, title, "chart chart-map chart-pathways", role: "img", description);
        svg.Append(CultureInfo.InvariantCulture, $"<defs><marker id=\"{id}-arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" fill=\"{PathwayInk}\"/></marker></defs>");
        foreach (var (code, name) in countries)
        {
            if (map.Countries.TryGetValue(code, out var shape))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{shape.PathData}\" fill=\"{Scale[0]}\" stroke=\"{MapBorder}\" stroke-width=\"1\" stroke-linejoin=\"round\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{shape.Label[0]}\" y=\"{shape.Label[1]}\" text-anchor=\"{shape.Anchor}\" {Halo}>{E(name)}</text>");
            }
        }
        var max = flows.Count == 0 ? 1 : flows.Max(f => f.Count);
        foreach (var (from, to, count, label) in flows)
        {
            if (!map.Countries.TryGetValue(from, out var a) || !map.Countries.TryGetValue(to, out var b))
            {
                continue;
            }
            var width = 2.5 + 5.5 * (count - 1) / Math.Max(1, max - 1);
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"pathway-flow\" data-from=\"{from}\" data-to=\"{to}\"><title>{E(label)}</title>");
            double mx, my;
            if (from == to)
            {
                var r = 16 + 2 * width;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{a.Centroid[0]}\" cy=\"{a.Centroid[1]}\" r=\"{N(r)}\" fill=\"none\" stroke=\"{PathwayInk}\" stroke-width=\"{N(width)}\" stroke-dasharray=\"6 4\"/>");
                (mx, my) = (a.Centroid[0] + r * 0.75, a.Centroid[1] - r * 0.75);
            }
            else
            {
                // A curve bent to the left of its direction, so that A→B and B→A do not overlap; stopped short of B's dot.
                double x0 = a.Centroid[0], y0 = a.Centroid[1], x1 = b.Centroid[0], y1 = b.Centroid[1];
                double dx = x1 - x0, dy = y1 - y0, length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
                double cx = (x0 + x1) / 2 + dy * 0.2, cy = (y0 + y1) / 2 - dx * 0.2;
                double ex = cx - x1, ey = cy - y1, el = Math.Max(1, Math.Sqrt(ex * ex + ey * ey)), stop = Math.Min(8, length / 4);
                x1 += ex / el * stop;
                y1 += ey / el * stop;
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(x0)} {N(y0)}Q{N(cx)} {N(cy)} {N(x1)} {N(y1)}\" fill=\"none\" stroke=\"{PathwayInk}\" stroke-width=\"{N(width)}\" stroke-linecap=\"round\" marker-end=\"url(#{id}-arrow)\"/>");
                (mx, my) = (0.25 * x0 + 0.5 * cx + 0.25 * x1, 0.25 * y0 + 0.5 * cy + 0.25 * y1);
            }
            if (count > 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(mx)}\" y=\"{N(my + 6)}\" text-anchor=\"middle\" font-weight=\"700\" {Halo}>{count}</text>");
            }
            svg.Append("</g>");
        }
        foreach (var code in flows.SelectMany(f => new[] { f.From, f.To }).Distinct())
        {
            if (map.Countries.TryGetValue(code, out var shape))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{shape.Centroid[0]}\" cy=\"{shape.Centroid[1]}\" r=\"5\" fill=\"{PathwayInk}\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private const string PathwayInk = "#a34700";

    private const string Halo = "font-size=\"20\" fill=\"#1d2733\" stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";

    private static void MapStart(StringBuilder svg, CountryMap map, string id, string title, string cssClass, string? role, string? description = null)
    {
        var labelled = description is null ? $"{id}-title" : $"{id}-title {id}-desc";
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{cssClass}\" viewBox=\"0 0 {map.Width} {map.Height}\"{(role is null ? "" : $" role=\"{role}\"")} aria-labelledby=\"{labelled}\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        if (description is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{E(description)}</desc>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{map.Context}\" fill=\"{Neighbour}\" stroke=\"#ffffff\" stroke-width=\"1\" aria-hidden=\"true\"/>");
    }

    /// <summary>The colour scale's value ranges (the same steps as <see cref="Fill"/>), in the empty Pacific corner.</summary>
    private static void Legend(StringBuilder svg, string legendTitle, int max)
    {
        var steps = new List<(string Fill, string Text)> { (MapEmpty, "0") };
        for (var k = 0; k < Scale.Length && max > 0; k++)
        {
            var lo = k * max / Scale.Length + 1;
            var hi = (k + 1) * max / Scale.Length;
            if (lo <= hi)
            {
                steps.Add((Fill(hi, max), lo == hi ? $"{lo}" : $"{lo}–{hi}"));
            }
        }
        var top = 660 - steps.Count * 30 - 8;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"map-legend\" aria-hidden=\"true\"><text x=\"24\" y=\"{top}\" font-size=\"20\" font-weight=\"700\" fill=\"{Ink}\">{E(legendTitle)}</text>");
        for (var i = 0; i < steps.Count; i++)
        {
            var y = top + 12 + i * 30;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"24\" y=\"{y}\" width=\"34\" height=\"22\" fill=\"{steps[i].Fill}\" stroke=\"{MapBorder}\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"68\" y=\"{y + 18}\" font-size=\"18\" fill=\"{Ink}\">{steps[i].Text}</text>");
        }
        svg.Append("</g>");
    }

    /// <summary>Horizontal bars with the label on the left and the value after the bar.</summary>
    public static IHtmlContent HorizontalBars(string id, string title, IReadOnlyList<ChartBar> bars)
    {
        const int labelWidth = 400, barArea = 420, row = 34, top = 8;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = top * 2 + bars.Count * row;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart chart-bars\" viewBox=\"0 0 880 {height}\" role=\"img\" aria-labelledby=\"{id}-title\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = top + i * row;
            var width = bar.Value == 0 ? 0 : Math.Max(3, barArea * bar.Value / (double)max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 10}\" y=\"{y + 21}\" text-anchor=\"end\" font-size=\"13\" fill=\"{Ink}\">{E(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 6}\" width=\"{N(width)}\" height=\"22\" rx=\"3\" fill=\"#0b5394\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(labelWidth + width + 8)}\" y=\"{y + 22}\" font-size=\"13\" font-weight=\"700\" fill=\"{Ink}\">{bar.Value}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Vertical bars over time, one per year, with a baseline.</summary>
    public static IHtmlContent Columns(string id, string title, IReadOnlyList<ChartBar> bars)
    {
        const int height = 240, bottom = 205, chartHeight = 170, left = 20;
        var count = Math.Max(1, bars.Count);
        var slot = Math.Min(90, 600.0 / count);
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart chart-columns\" viewBox=\"0 0 640 {height}\" role=\"img\" aria-labelledby=\"{id}-title\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{N(left + slot * count)}\" y2=\"{bottom}\" stroke=\"#8a96a3\" stroke-width=\"1\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var h = bar.Value == 0 ? 0 : Math.Max(2, chartHeight * bar.Value / (double)max);
            var x = left + i * slot + slot * 0.15;
            var w = slot * 0.7;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(bottom - h)}\" width=\"{N(w)}\" height=\"{N(h)}\" rx=\"3\" fill=\"#d9822b\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + w / 2)}\" y=\"{N(bottom - h - 6)}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"{Ink}\">{bar.Value}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + w / 2)}\" y=\"{bottom + 20}\" text-anchor=\"middle\" font-size=\"13\" fill=\"{Ink}\">{E(bar.Label)}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>Heat map of a square matrix: rows labelled in full, columns by number (the row's number).</summary>
    public static IHtmlContent Matrix(string id, string title, IReadOnlyList<string> labels, Func<int, int, int> value)
    {
        const int labelWidth = 400, cell = 52, top = 34;
        var n = labels.Count;
        var max = 0;
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                max = Math.Max(max, value(a, b));
            }
        }
        var width = labelWidth + n * cell + 10;
        var height = top + n * cell + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart chart-matrix\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"{id}-title\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        for (var b = 0; b < n; b++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + b * cell + cell / 2}\" y=\"{top - 12}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"{Ink}\">{b + 1}</text>");
        }
        for (var a = 0; a < n; a++)
        {
            var y = top + a * cell;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 10}\" y=\"{y + cell / 2 + 5}\" text-anchor=\"end\" font-size=\"13\" fill=\"{Ink}\">{a + 1}. {E(labels[a])}</text>");
            for (var b = 0; b < n; b++)
            {
                var v = value(a, b);
                var fill = Fill(v, max);
                var x = labelWidth + b * cell;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 1}\" y=\"{y + 1}\" width=\"{cell - 2}\" height=\"{cell - 2}\" rx=\"4\" fill=\"{fill}\"{(a == b ? " stroke=\"#1d2733\" stroke-width=\"1\" stroke-dasharray=\"3 2\"" : "")}/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + cell / 2}\" y=\"{y + cell / 2 + 5}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"{TextOn(fill)}\">{v}</text>");
            }
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
