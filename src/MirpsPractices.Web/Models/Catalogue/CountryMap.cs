using System.Text.Json;
using System.Text.Json.Serialization;

namespace MirpsPractices.Web.Models.Catalogue;

/// <summary>One MIRPS country's shape: SVG path data, the point pathways start and end at, and where its label goes.</summary>
public sealed record CountryShape(
    [property: JsonPropertyName("d")] string PathData,
    [property: JsonPropertyName("centroid")] int[] Centroid,
    [property: JsonPropertyName("label")] int[] Label,
    [property: JsonPropertyName("anchor")] string Anchor);

/// <summary>
/// The seven MIRPS countries and their neighbours, projected and simplified from Natural Earth boundaries by
/// Assets/build-map.cjs (npm run map) into Models/Catalogue/mirps-map.json, embedded in the assembly and read once.
/// </summary>
public sealed record CountryMap(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("countries")] IReadOnlyDictionary<string, CountryShape> Countries,
    [property: JsonPropertyName("context")] string Context)
{
    private static readonly Lazy<CountryMap> Loaded = new(Load);

    public static CountryMap Instance => Loaded.Value;

    private static CountryMap Load()
    {
        using var stream = typeof(CountryMap).Assembly.GetManifestResourceStream("MirpsPractices.Web.Models.Catalogue.mirps-map.json")
            ?? throw new InvalidOperationException("The country map is not embedded in the web assembly.");
        return JsonSerializer.Deserialize<CountryMap>(stream)
            ?? throw new InvalidOperationException("The country map is empty.");
    }
}
