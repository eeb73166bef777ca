using MirpsPractices.Core.Features.Imports;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.UnitTests.Spreadsheets;

/// <summary>How a spreadsheet row becomes field values and a stable source key (issue 15, bulk import).</summary>
public sealed class BulkRowsTests
{
    private static PracticeContent Content(string title, params string[] countries) =>
        new() { Title = title, Countries = [.. countries], StartDate = new DateOnly(2024, 1, 15) };

    [Fact]
    public void The_id_column_is_the_source_key_whatever_else_changes_in_the_row()
    {
        var first = BulkRows.SourceKey(new Dictionary<string, string> { [BulkRows.SourceIdKey] = "MX-12" }, Content("Ferias de empleo", "MX"));
        var corrected = BulkRows.SourceKey(new Dictionary<string, string> { [BulkRows.SourceIdKey] = " mx-12 " }, Content("Ferias de empleo (corregido)", "MX", "GT"));
        Assert.Equal(first, corrected);
        Assert.NotEqual(first, BulkRows.SourceKey(new Dictionary<string, string> { [BulkRows.SourceIdKey] = "MX-13" }, Content("Ferias de empleo", "MX")));
        Assert.True(("practice-create:" + first).Length <= 100, "the key must fit the idempotency key column");
    }

    [Fact]
    public void Without_an_id_the_key_is_the_normalised_title_countries_and_start_date()
    {
        var empty = new Dictionary<string, string>();
        Assert.Equal(BulkRows.SourceKey(empty, Content("Ferias de Empleo", "PA", "CR")), BulkRows.SourceKey(empty, Content("ferias de empleo", "CR", "PA")));
        Assert.NotEqual(BulkRows.SourceKey(empty, Content("Ferias de empleo", "CR")), BulkRows.SourceKey(empty, Content("Ferias de empleo", "PA")));
    }

    [Theory]
    [InlineData("title", "Title")]
    [InlineData("TITLE", "Title")]
    [InlineData("coordination_mechanisms", "Mechanisms")]
    [InlineData("id", BulkRows.SourceIdKey)]
    [InlineData("StartDate", "StartDate")]
    [InlineData("url", null)]
    [InlineData("title_en", null)]
    [InlineData("Presupuesto", null)]
    public void A_header_defaults_to_the_export_column_or_field_it_names(string header, string? expected) =>
        Assert.Equal(expected, BulkRows.DefaultField(header, new Dictionary<string, string>()));

    [Fact]
    public void A_remembered_choice_wins_including_the_choice_to_ignore_a_column()
    {
        var remembered = new Dictionary<string, string> { ["nombre de la practica"] = "Title", ["title"] = "" };
        Assert.Equal("Title", BulkRows.DefaultField("Nombre de la práctica", remembered));
        Assert.Null(BulkRows.DefaultField("title", remembered));
    }

    [Fact]
    public void Mapped_columns_become_values_and_two_columns_for_one_list_are_joined()
    {
        var values = BulkRows.Values(["Ferias", "CR", "PA", "ignored"], new Dictionary<int, string> { [0] = "Title", [1] = "Countries", [2] = "Countries" });
        Assert.Equal("Ferias", values["Title"]);
        Assert.Equal("CR\nPA", values["Countries"]);
        Assert.Equal(2, values.Count);
    }

    [Fact]
    public void Row_failure_reasons_round_trip_through_their_stored_form()
    {
        FieldProblem[] problems = [new("StartDate", FieldProblemKind.InvalidDate, "31/31/2024"), new("Title", FieldProblemKind.Missing)];
        Assert.Equal(problems, BulkRows.ParseReasons(BulkRows.Reasons(problems)));
        Assert.False(BulkRows.IsTarget("Nope"));
        Assert.True(BulkRows.IsTarget(""));
    }
}
