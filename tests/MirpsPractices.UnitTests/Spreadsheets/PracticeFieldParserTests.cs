using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Imports;

namespace MirpsPractices.UnitTests.Spreadsheets;

public sealed class PracticeFieldParserTests
{
    private static readonly OrganisationCandidate Mtps = new(1, "Ministerio de Trabajo y Previsión Social (MTPS)", "MTPS", "SV");
    private static readonly OrganisationCandidate Acnur = new(2, "Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR", "PA");

    private static PracticeFieldParser Parser() => new(new OrganisationMatcher([Mtps, Acnur]), new CodeAliases());

    [Theory]
    [InlineData("Ministerio de Trabajo")]
    [InlineData("ministerio de trabajo y prevision social (MTPS)")]
    [InlineData("MINISTERIO DE TRABAJO Y PREVISIÓN SOCIAL")]
    [InlineData("mtps")]
    public void An_organisation_is_found_by_name_or_acronym_ignoring_accents_and_case(string typed)
    {
        var match = new OrganisationMatcher([Mtps, Acnur]).Match(typed, []);
        Assert.Equal(Mtps.Id, match.Organisation?.Id);
    }

    [Fact]
    public void An_unknown_organisation_is_reported_by_name_and_not_linked()
    {
        var parsed = Parser().Parse(new Dictionary<string, string> { ["Title"] = "T", ["Organisations"] = "Ministerio de Trabajo | Fundación Desconocida" });
        Assert.Equal([Mtps.Id], parsed.Content.Organisations.Select(o => o.OrganisationId));
        Assert.Contains(new FieldProblem("Organisations", FieldProblemKind.UnmatchedOrganisation, "Fundación Desconocida"), parsed.Problems);
    }

    [Fact]
    public void A_broken_date_is_named_and_every_other_field_still_goes_in()
    {
        var parsed = Parser().Parse(new Dictionary<string, string>
        {
            ["Title"] = "Ferias de empleo",
            ["StartDate"] = "31/02/2024",
            ["EndDate"] = "2025-06-30",
            ["Countries"] = "SV | gt",
            ["StrategyAreas"] = "JobMatching; Skills",
            ["PeopleReached"] = "1,250",
            ["ImplementationStatus"] = "Completed",
        });
        Assert.Equal([new FieldProblem("StartDate", FieldProblemKind.InvalidDate, "31/02/2024")], parsed.Problems);
        Assert.Null(parsed.Content.StartDate);
        Assert.Equal(new DateOnly(2025, 6, 30), parsed.Content.EndDate);
        Assert.Equal(["SV", "GT"], parsed.Content.Countries);
        Assert.Equal([StrategyArea.JobMatching, StrategyArea.Skills], parsed.Content.StrategyAreas);
        Assert.Equal(1250, parsed.Content.PeopleReached);
        Assert.Equal(ImplementationStatus.Completed, parsed.Content.ImplementationStatus);
    }

    [Fact]
    public void Every_csv_export_column_but_the_derived_ones_maps_to_a_field()
    {
        foreach (var header in MirpsPractices.Web.OpenData.PracticeCsv.Headers)
        {
            Assert.True(header == PracticeFields.SourceIdColumn || PracticeFields.DerivedColumns.Contains(header) || PracticeFields.ForColumn(header) is not null, header);
        }
    }

    [Fact]
    public void A_former_template_tag_still_finds_its_field() =>
        Assert.Equal("LessonsLearned", PracticeFields.Find("Lessons")?.Key);
}
