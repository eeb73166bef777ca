using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.UnitTests.Workflow;

public sealed class TextDiffTests
{
    [Fact]
    public void Words_added_and_removed_are_marked_and_the_rest_kept()
    {
        var segments = TextDiff.Compare("Se formaron 120 personas en Tapachula", "Se formaron 135 personas en Tapachula y Comitán");

        Assert.Equal("Se formaron 120 personas en Tapachula", string.Concat(segments.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal("Se formaron 135 personas en Tapachula y Comitán", string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Contains(segments, s => s.Kind == DiffKind.Removed && s.Text.Contains("120"));
        Assert.Contains(segments, s => s.Kind == DiffKind.Added && s.Text.Contains("135"));
        Assert.Contains(segments, s => s.Kind == DiffKind.Added && s.Text.Contains("Comitán"));
    }

    [Fact]
    public void Identical_text_is_one_unchanged_segment()
    {
        var segment = Assert.Single(TextDiff.Compare("igual", "igual"));
        Assert.Equal(DiffKind.Same, segment.Kind);
    }

    [Fact]
    public void Snapshots_are_compared_field_by_field_including_older_snapshots_with_fewer_fields()
    {
        var older = """{"Title":"Ruta de empleo","Results":"Sin datos","Indicators":{"PeopleReached":10}}""";
        var content = new PracticeContent { Title = "Ruta de empleo", Results = "535 personas contratadas", PeopleReached = 10, Countries = ["MX"] };
        var current = PracticeSnapshot.Serialize(content, new Dictionary<int, string>());

        var diff = TextDiff.CompareSnapshots(older, current);

        Assert.False(diff.Single(d => d.FieldName == "Title").Changed);
        Assert.True(diff.Single(d => d.FieldName == "Results").Changed);
        Assert.True(diff.Single(d => d.FieldName == "Countries").Changed);
        Assert.Contains(diff.Single(d => d.FieldName == "Countries").Segments, s => s.Kind == DiffKind.Added && s.Text == "MX");
    }

    [Fact]
    public void Very_long_texts_fall_back_to_a_line_diff_without_exhausting_memory()
    {
        var before = string.Join("\n", Enumerable.Range(0, 3000).Select(i => $"línea {i} con varias palabras"));
        var after = before.Replace("línea 1500 con", "línea 1500 cambiada con", StringComparison.Ordinal);

        var segments = TextDiff.Compare(before, after);

        Assert.Contains(segments, s => s.Kind == DiffKind.Added && s.Text.Contains("cambiada"));
        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }
}
