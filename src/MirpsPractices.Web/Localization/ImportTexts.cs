using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Imports;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Localization;

/// <summary>
/// The texts imports need from the resources: the Word template in a given language, the Spanish and English labels people may
/// type instead of codes, and the template's placeholders (in both languages, as a template may be filled in either).
/// </summary>
public sealed class ImportTexts(IStringLocalizer<ImportResource> i, IStringLocalizer<WorkflowResource> w, ReferenceLabels labels) : IImportAliases
{
    public TemplateText Template(string culture) => CultureScope.In(culture, () => new TemplateText(
        culture,
        i["Template_Title"],
        i["Template_Intro"],
        i["Template_Version"],
        i["Template_Placeholder"],
        i["Template_CodeHeader"],
        i["Template_LabelHeader"],
        [.. PracticeFields.All.Select(f => new TemplateFieldText(f, FieldLabel(f.Key), Help(f), Codes(f)))]));

    public string TemplateFileName(string culture) =>
        CultureScope.In(culture, () => $"{i["Template_FileName"].Value}-v{PracticeFields.TemplateVersion}-{culture}.docx");

    public string FieldLabel(string key) => w["Field_" + key] is { ResourceNotFound: false } label ? label.Value : key;

    public IReadOnlyList<string> Placeholders() => [.. RecordLanguages.All.Select(c => CultureScope.In(c, () => i["Template_Placeholder"].Value))];

    /// <summary>Codes always work; these add the Spanish and English labels of every code list.</summary>
    public CodeAliases Aliases()
    {
        var aliases = new CodeAliases();
        foreach (var culture in RecordLanguages.All)
        {
            CultureScope.In(culture, () =>
            {
                foreach (var code in Country.MirpsCodes)
                {
                    aliases.Add(PracticeFieldParser.CountryList, labels.Country(code), code);
                }
                foreach (var language in RecordLanguages.All)
                {
                    aliases.Add("Language", labels.Language(language), language);
                }
                foreach (var area in SubnationalAreas.All)
                {
                    aliases.Add(PracticeFieldParser.SubnationalAreaList, area.Name(culture), area.Code);
                }
                Add<ImplementationStatus>(aliases);
                Add<StrategyArea>(aliases);
                Add<Population>(aliases);
                Add<CoordinationMechanism>(aliases);
                Add<ParticipationRole>(aliases);
                return 0;
            });
        }
        return aliases;
    }

    private void Add<TEnum>(CodeAliases aliases) where TEnum : struct, Enum
    {
        foreach (var (value, label) in labels.All<TEnum>())
        {
            aliases.Add(typeof(TEnum).Name, label, value.ToString());
        }
    }

    private string Help(PracticeField field)
    {
        var format = field.Kind switch
        {
            FieldKind.Date => i["Help_Date"].Value,
            FieldKind.Number => i["Help_Number"].Value,
            FieldKind.Language or FieldKind.Status => i["Help_One"].Value,
            FieldKind.Organisations => i["Help_Organisations"].Value + " "
                + i["Help_Roles", string.Join(", ", labels.All<ParticipationRole>().Select(r => $"{r.Value} ({r.Label})"))].Value,
            FieldKind.Countries or FieldKind.SubnationalAreas or FieldKind.StrategyAreas or FieldKind.Populations or FieldKind.Mechanisms => i["Help_List"].Value,
            _ => "",
        };
        var hint = w["Hint_" + field.Key] is { ResourceNotFound: false } h ? h.Value : "";
        return string.Join(" ", new[] { hint, format }.Where(s => s.Length > 0));
    }

    private List<(string Code, string Label)> Codes(PracticeField field) => field.Kind switch
    {
        FieldKind.Countries => [.. Country.MirpsCodes.Select(c => (c, labels.Country(c)))],
        FieldKind.SubnationalAreas => [.. SubnationalAreas.All.Select(a => (a.Code, $"{a.Name(System.Globalization.CultureInfo.CurrentUICulture.Name)} ({labels.Country(a.CountryCode)})"))],
        FieldKind.Language => [.. RecordLanguages.All.Select(c => (c, labels.Language(c)))],
        FieldKind.Status => Enum<ImplementationStatus>(),
        FieldKind.StrategyAreas => Enum<StrategyArea>(),
        FieldKind.Populations => Enum<Population>(),
        FieldKind.Mechanisms => Enum<CoordinationMechanism>(),
        _ => [],
    };

    private List<(string Code, string Label)> Enum<TEnum>() where TEnum : struct, Enum =>
        [.. labels.All<TEnum>().Select(x => (x.Value.ToString(), x.Label))];
}
