using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.UnitTests.Workflow;

public sealed class PracticeEditDetailsTests
{
    public static TheoryData<string, PracticeEditKind, string?> Written => new()
    {
        { PracticeEditDetails.Created, PracticeEditKind.Created, null },
        { PracticeEditDetails.RevisionStarted(42), PracticeEditKind.RevisionStarted, "42" },
        { PracticeEditDetails.RevisionPublished(7), PracticeEditKind.RevisionPublished, "7" },
        { PracticeEditDetails.AttachmentAdded("Informe, final.pdf"), PracticeEditKind.AttachmentAdded, "Informe, final.pdf" },
        { PracticeEditDetails.AttachmentRemoved("foto.png"), PracticeEditKind.AttachmentRemoved, "foto.png" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void What_is_written_reads_back_as_the_same_kind_of_edit(string details, PracticeEditKind kind, string? argument)
    {
        var edit = PracticeEditDetails.Parse(details);

        Assert.Equal(kind, edit.Kind);
        Assert.Equal(argument, edit.Argument);
        Assert.Empty(edit.Fields);
    }

    [Fact]
    public void Changed_fields_read_back_as_the_list_of_fields()
    {
        var edit = PracticeEditDetails.Parse(PracticeEditDetails.ChangedFields(["Title", "Summary", "Indicators"]));

        Assert.Equal(PracticeEditKind.Fields, edit.Kind);
        Assert.Equal(["Title", "Summary", "Indicators"], edit.Fields);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_details_is_an_edit_without_named_fields(string? details)
    {
        var edit = PracticeEditDetails.Parse(details);

        Assert.Equal(PracticeEditKind.Fields, edit.Kind);
        Assert.Empty(edit.Fields);
    }

    [Fact]
    public void A_revision_entry_of_an_unknown_form_is_kept_as_text_rather_than_misread()
    {
        var edit = PracticeEditDetails.Parse("revision #3 archived");

        Assert.Equal(PracticeEditKind.Fields, edit.Kind);
        Assert.Equal(["revision #3 archived"], edit.Fields);
    }
}
