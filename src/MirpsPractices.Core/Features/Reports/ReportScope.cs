using System.Text.Json;
using System.Text.Json.Serialization;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Reports;

/// <summary>
/// What a systematisation report covers: one session, or published practices filtered by countries, strategy areas and a period.
/// Empty lists mean "all".
/// </summary>
public sealed record ReportScope
{
    public IReadOnlyList<string> CountryCodes { get; init; } = [];
    public IReadOnlyList<StrategyArea> StrategyAreas { get; init; } = [];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public int? SessionId { get; init; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ReportScope FromJson(string json) => JsonSerializer.Deserialize<ReportScope>(json, Json) ?? new ReportScope();
}
