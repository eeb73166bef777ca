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

    /// <summary>Schematic tile map of the seven MIRPS countries, north-west to south-east; each tile links to its catalogue.</summary>
    public static IHtmlContent Map(string id, string title, IReadOnlyList<(string Code, string Name, int Value, string Label)> countries)
    {
        var positions = new Dictionary<string, (int X, int Y)>
        {
            ["MX"] = (20, 20), ["BZ"] = (250, 20), ["GT"] = (150, 112), ["HN"] = (290, 112),
            ["SV"] = (150, 204), ["CR"] = (340, 236), ["PA"] = (480, 296),
        };
        var max = countries.Max(c => c.Value);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart chart-map\" viewBox=\"0 0 620 390\" aria-labelledby=\"{id}-title\" focusable=\"false\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title>");
        foreach (var (code, name, value, label) in countries)
        {
            var (x, y) = positions.GetValueOrDefault(code, (0, 0));
            var fill = Fill(value, max);
            var ink = TextOn(fill);
            // The link's name comes from its <title> (SVG-AAM); the drawn texts are decoration of that name.
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"/catalogue?country={code}\" class=\"map-country\"><title>{E(label)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"130\" height=\"80\" rx=\"12\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"2\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 65}\" y=\"{y + 34}\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"600\" fill=\"{ink}\" aria-hidden=\"true\">{E(name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 65}\" y=\"{y + 60}\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"700\" fill=\"{ink}\" aria-hidden=\"true\">{value}</text>");
            svg.Append("</a>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
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
