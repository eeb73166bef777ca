using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MirpsPractices.Core.Features.Practices;

/// <summary>
/// The JSON kept in <see cref="Domain.PracticeVersion.ContentJson"/>: one property per field, named as the property of
/// <see cref="Domain.Practice"/> (the same names review comments use), values as codes and plain text so that an old
/// version stays readable even after organisations are renamed or merged.
/// </summary>
public static class PracticeSnapshot
{
    /// <summary>Fields in the order the form and the review screen show them.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "Title", "Summary", "Language", "CallForPracticesId", "Countries", "SubnationalAreas", "Locality", "StartDate", "EndDate", "ImplementationStatus",
        "StrategyAreas", "Populations", "Organisations", "Mechanisms", "Context", "Description", "Results", "Indicators",
        "OtherIndicators", "AgeGenderDiversityApproach", "Challenges", "LessonsLearned", "ReplicationConditions",
        "SustainabilityAndFunding", "EvidenceLinks", "BuildingBlocks",
    ];

    public static string Serialize(PracticeContent c, IReadOnlyDictionary<int, string> organisationNames)
    {
        var snapshot = new Dictionary<string, object?>
        {
            ["Title"] = c.Title,
            ["Summary"] = c.Summary,
            ["Language"] = c.Language,
            ["CallForPracticesId"] = c.CallForPracticesId,
            ["Countries"] = c.Countries,
            ["SubnationalAreas"] = c.SubnationalAreas,
            ["Locality"] = c.Locality,
            ["StartDate"] = c.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["EndDate"] = c.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["ImplementationStatus"] = c.ImplementationStatus.ToString(),
            ["StrategyAreas"] = c.StrategyAreas.Select(a => a.ToString()).ToList(),
            ["Populations"] = c.Populations.Select(a => a.ToString()).ToList(),
            ["Organisations"] = c.Organisations.Select(o => $"{organisationNames.GetValueOrDefault(o.OrganisationId, "#" + o.OrganisationId)} ({o.Role})").ToList(),
            ["Mechanisms"] = c.Mechanisms.Select(m => $"{m.Mechanism}: {m.Description}").ToList(),
            ["Context"] = c.Context,
            ["Description"] = c.Description,
            ["Results"] = c.Results,
            ["Indicators"] = new Dictionary<string, int?>
            {
                ["PeopleReached"] = c.PeopleReached,
                ["WomenReached"] = c.WomenReached,
                ["PeoplePlacedInJobs"] = c.PeoplePlacedInJobs,
                ["PeopleTrained"] = c.PeopleTrained,
                ["BusinessesStarted"] = c.BusinessesStarted,
                ["QualificationsRecognised"] = c.QualificationsRecognised,
            },
            ["OtherIndicators"] = c.OtherIndicators.Select(i => $"{i.Name}: {i.Value.ToString("G29", CultureInfo.InvariantCulture)} {i.Unit}".TrimEnd()).ToList(),
            ["AgeGenderDiversityApproach"] = c.AgeGenderDiversityApproach,
            ["Challenges"] = c.Challenges,
            ["LessonsLearned"] = c.LessonsLearned,
            ["ReplicationConditions"] = c.ReplicationConditions,
            ["SustainabilityAndFunding"] = c.SustainabilityAndFunding,
            ["EvidenceLinks"] = c.EvidenceLinks.Select(e => $"{e.Title} <{e.Url}>").ToList(),
            ["BuildingBlocks"] = c.BuildingBlocks.Select(BlockText).ToList(),
        };
        return JsonSerializer.Serialize(snapshot);
    }

    /// <summary>One block as plain text for the version and the diff: title, then each part on its own line.</summary>
    private static string BlockText(BuildingBlockEntry b) =>
        $"{b.Title} [{string.Join(", ", b.ActorTypes)}]\n{b.Description}\n+ {b.EnablingFactors}\n→ {b.TransferConditions}";

    /// <summary>Reads a snapshot (also older ones with fewer fields) as field name → plain text.</summary>
    public static IReadOnlyDictionary<string, string> ReadAsText(string? json)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return result;
        }
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return result;
        }
        foreach (var property in document.RootElement.EnumerateObject())
        {
            result[property.Name] = ToText(property.Value);
        }
        return result;
    }

    private static string ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        JsonValueKind.Array => string.Join("\n", value.EnumerateArray().Select(ToText)),
        JsonValueKind.Object => ObjectToText(value),
        _ => value.GetRawText(),
    };

    private static string ObjectToText(JsonElement value)
    {
        var builder = new StringBuilder();
        foreach (var property in value.EnumerateObject())
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }
            builder.Append(property.Name).Append(": ").Append(ToText(property.Value));
        }
        return builder.ToString();
    }
}
