using MirpsPractices.Core.Features.Imports;

namespace MirpsPractices.UnitTests.Spreadsheets;

/// <summary>
/// The matching rule for organisation names typed in imported files: normalised (no accents, case, punctuation or trailing
/// "(ACRONYM)"), then full name, then acronym, then one name being the other's beginning word by word (two words at least);
/// a tie is broken by the practice's countries, otherwise nothing is linked and the name is reported as ambiguous.
/// </summary>
public sealed class OrganisationMatcherTests
{
    private static readonly OrganisationCandidate MtpsSv = new(1, "Ministerio de Trabajo y Previsión Social (MTPS)", "MTPS", "SV");
    private static readonly OrganisationCandidate MtplGt = new(2, "Ministerio de Trabajo y Previsión Laboral", "MTPL", "GT");
    private static readonly OrganisationCandidate Acnur = new(3, "Alto Comisionado de las Naciones Unidas para los Refugiados", "ACNUR", "PA");
    private static readonly OrganisationCandidate Caminos = new(4, "Fundación Caminos de Integración", "FCI", "GT");
    private static readonly OrganisationCandidate Ministerio = new(5, "Ministerio", null, "HN");

    [Fact]
    public void The_issue_example_matches_when_only_one_ministry_of_labour_begins_that_way()
    {
        var match = new OrganisationMatcher([MtpsSv, Acnur]).Match("Ministerio de Trabajo", []);
        Assert.Equal(OrganisationMatchKind.Similar, match.Kind);
        Assert.Equal(MtpsSv.Id, match.Organisation?.Id);
        Assert.Equal(OrganisationMatchKind.Exact, new OrganisationMatcher([MtpsSv]).Match("ministerio de trabajo y prevision social (MTPS)", []).Kind);
    }

    [Fact]
    public void Two_ministries_that_begin_the_same_way_are_ambiguous_unless_the_practice_country_decides()
    {
        var matcher = new OrganisationMatcher([MtpsSv, MtplGt]);
        var ambiguous = matcher.Match("Ministerio de Trabajo", []);
        Assert.Equal(OrganisationMatchKind.Ambiguous, ambiguous.Kind);
        Assert.Null(ambiguous.Organisation);
        Assert.Equal(MtplGt.Id, matcher.Match("Ministerio de Trabajo", ["GT", "CR"]).Organisation?.Id);
        Assert.Equal(MtpsSv.Id, matcher.Match("Ministerio de Trabajo", ["SV"]).Organisation?.Id);
    }

    [Theory]
    [InlineData("FCI")]
    [InlineData("fci")]
    [InlineData("Caminos (FCI)")]
    [InlineData("FUNDACION CAMINOS DE INTEGRACION")]
    [InlineData("Fundación  Caminos de Integración.")]
    public void Acronym_case_accents_punctuation_and_spacing_do_not_matter(string typed) =>
        Assert.Equal(Caminos.Id, new OrganisationMatcher([MtpsSv, Caminos, Acnur]).Match(typed, []).Organisation?.Id);

    [Theory]
    [InlineData("Ministerio")]        // a single word never matches by its beginning: too vague
    [InlineData("Ministerio de Salud")] // shares words, but is not the beginning of any name
    [InlineData("Caminos")]
    [InlineData("")]
    public void Vague_or_different_names_are_not_linked(string typed)
    {
        var match = new OrganisationMatcher([MtpsSv, Caminos]).Match(typed, []);
        Assert.False(match.IsMatched);
        Assert.Equal(OrganisationMatchKind.NotFound, match.Kind);
    }

    [Fact]
    public void An_exact_name_wins_over_longer_names_that_begin_with_it() =>
        Assert.Equal(Ministerio.Id, new OrganisationMatcher([MtpsSv, MtplGt, Ministerio]).Match("MINISTERIO", []).Organisation?.Id);

    [Fact]
    public void A_longer_typed_name_finds_the_shorter_registered_one() =>
        Assert.Equal(Caminos.Id, new OrganisationMatcher([Caminos]).Match("Fundación Caminos de Integración Guatemala", []).Organisation?.Id);

    [Theory]
    [InlineData("Previsión  Social,", "prevision social")]
    [InlineData("ÑANDÚ-Niñez", "nandu ninez")]
    [InlineData("  ", "")]
    public void Names_are_normalised_without_accents_case_or_punctuation(string text, string expected) =>
        Assert.Equal(expected, OrganisationMatcher.Normalise(text));
}
