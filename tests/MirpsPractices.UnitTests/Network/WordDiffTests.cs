using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Core.Features.Recommendations;

namespace MirpsPractices.UnitTests.Network;

public sealed class WordDiffTests
{
    private static string Before(IEnumerable<DiffSegment> diff) => string.Concat(diff.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text));
    private static string After(IEnumerable<DiffSegment> diff) => string.Concat(diff.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text));

    [Fact]
    public void A_replaced_word_is_one_removal_and_one_addition_between_unchanged_text()
    {
        var diff = WordDiff.Compare("Crear ventanillas municipales de empleo.", "Crear ventanillas regionales de empleo.");

        Assert.Equal(
        [
            new DiffSegment(DiffKind.Same, "Crear ventanillas "),
            new DiffSegment(DiffKind.Removed, "municipales"),
            new DiffSegment(DiffKind.Added, "regionales"),
            new DiffSegment(DiffKind.Same, " de empleo."),
        ], diff);
    }

    [Fact]
    public void Consecutive_replaced_words_are_grouped_into_one_change()
    {
        var diff = WordDiff.Compare("con el servicio nacional", "con la oficina local");

        Assert.Equal(
        [
            new DiffSegment(DiffKind.Same, "con "),
            new DiffSegment(DiffKind.Removed, "el servicio nacional"),
            new DiffSegment(DiffKind.Added, "la oficina local"),
        ], diff);
    }

    [Fact]
    public void Added_words_at_the_end_and_removed_words_at_the_start()
    {
        var diff = WordDiff.Compare("Primero crear ventanillas", "crear ventanillas en cada municipio");

        Assert.Equal(DiffKind.Removed, diff[0].Kind);
        Assert.Equal("Primero ", diff[0].Text);
        Assert.Equal(new DiffSegment(DiffKind.Added, " en cada municipio"), diff[^1]);
    }

    [Theory]
    [InlineData("", "Texto nuevo.")]
    [InlineData("Texto viejo.", "")]
    [InlineData("Igual.", "Igual.")]
    [InlineData("Uno dos tres.\n\nCuatro cinco.", "Uno tres dos.\n\nCuatro, cinco y seis.")]
    [InlineData("a b a b a", "b a b a b")]
    public void Both_wordings_can_be_read_back_from_the_diff(string before, string after)
    {
        var diff = WordDiff.Compare(before, after);

        Assert.Equal(before, Before(diff));
        Assert.Equal(after, After(diff));
        Assert.All(diff.Zip(diff.Skip(1)), pair => Assert.NotEqual(pair.First.Kind, pair.Second.Kind));
    }

    [Fact]
    public void An_unchanged_text_has_no_change()
    {
        Assert.All(WordDiff.Compare("Nada cambia aquí.", "Nada cambia aquí."), s => Assert.Equal(DiffKind.Same, s.Kind));
    }

    [Fact]
    public void A_long_text_with_a_small_change_keeps_its_unchanged_beginning_and_end()
    {
        var words = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var after = words.Replace("p2500", "cambio", StringComparison.Ordinal);

        var diff = WordDiff.Compare(words, after);

        Assert.Equal(4, diff.Count);
        Assert.Equal(new DiffSegment(DiffKind.Removed, "p2500"), diff[1]);
        Assert.Equal(new DiffSegment(DiffKind.Added, "cambio"), diff[2]);
    }

    [Fact]
    public void A_long_text_rewritten_throughout_is_shown_as_replaced_rather_than_building_a_huge_table()
    {
        var before = string.Join(' ', Enumerable.Repeat("antes", WordDiff.MaxTokens));
        var after = string.Join(' ', Enumerable.Repeat("después", WordDiff.MaxTokens));

        var diff = WordDiff.Compare(before, after);

        Assert.Equal([new DiffSegment(DiffKind.Removed, before), new DiffSegment(DiffKind.Added, after)], diff);
    }
}

public sealed class RecommendationAmendmentDomainTests
{
    private static readonly DateTime Monday = new(2025, 8, 18, 10, 0, 0, DateTimeKind.Utc);

    private static Recommendation ADraft() => new() { Id = 7, Title = "Ventanilla única", Text = "Texto original.", CreatedById = "author", CreatedAtUtc = Monday.AddDays(-10) };

    [Fact]
    public void Accepting_makes_a_new_version_and_earlier_endorsements_await_confirmation()
    {
        var r = ADraft();
        r.Endorse(ParticipantGroup.CivilSociety, "cs", null, Monday);
        var amendment = r.ProposeAmendment("lg", "  Texto enmendado.  ", "Más claro.", Monday);

        var version = r.AcceptAmendment(amendment, "author", null, Monday.AddHours(1));

        Assert.Equal(2, r.CurrentVersion);
        Assert.Equal("Texto enmendado.", r.Text);
        Assert.Equal(2, version.Number);
        Assert.Equal([1, 2], r.Versions.Select(v => v.Number));
        Assert.Equal("Texto original.", r.Versions[0].Text);
        Assert.Equal(AmendmentState.Accepted, amendment.State);
        Assert.True(r.IsEndorsedBy(ParticipantGroup.CivilSociety));
        Assert.False(r.IsEndorsedInCurrentVersionBy(ParticipantGroup.CivilSociety));

        r.ConfirmEndorsement(ParticipantGroup.CivilSociety, "cs2", Monday.AddHours(2));
        Assert.True(r.IsEndorsedInCurrentVersionBy(ParticipantGroup.CivilSociety));
    }

    [Fact]
    public void The_recommendation_is_joint_only_when_every_group_endorsed_the_current_version()
    {
        var r = ADraft();
        foreach (var g in Enum.GetValues<ParticipantGroup>().Skip(1))
        {
            r.Endorse(g, "u-" + g, null, Monday);
        }
        r.AcceptAmendment(r.ProposeAmendment("u", "Nuevo.", "Por qué.", Monday), "author", null, Monday);

        r.Endorse(Enum.GetValues<ParticipantGroup>()[0], "first", null, Monday.AddHours(1));

        Assert.False(r.IsJoint);
        foreach (var g in Enum.GetValues<ParticipantGroup>().Skip(1))
        {
            r.ConfirmEndorsement(g, "u-" + g, Monday.AddHours(2));
        }
        Assert.True(r.IsJoint);
    }

    [Fact]
    public void A_stale_amendment_is_refused_and_a_rejection_needs_a_reason()
    {
        var r = ADraft();
        var first = r.ProposeAmendment("a", "Uno.", "x", Monday);
        var second = r.ProposeAmendment("b", "Dos.", "y", Monday);
        r.AcceptAmendment(first, "author", null, Monday);

        Assert.True(second.IsStaleFor(r));
        Assert.Throws<InvalidOperationException>(() => r.AcceptAmendment(second, "author", null, Monday));
        Assert.Throws<ArgumentException>(() => r.RejectAmendment(second, "author", " ", Monday));
        r.RejectAmendment(second, "author", "Ya cambió.", Monday);
        Assert.Equal(AmendmentState.Rejected, second.State);
        Assert.Equal("Uno.", r.Text);
    }
}
