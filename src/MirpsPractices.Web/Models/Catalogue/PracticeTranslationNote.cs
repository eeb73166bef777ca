namespace MirpsPractices.Web.Models.Catalogue;

/// <summary>
/// How a practice page relates to the other language (issue 12). Either the page shows a reviewed translation
/// (<see cref="IsTranslated"/>: "translated from Spanish", with a link to the original), or it shows the original and a
/// reviewed translation into the reader's language exists (a link to it, for a reader who followed "?original=1").
/// </summary>
public sealed record PracticeTranslationNote(bool IsTranslated, string OriginalLanguage, string OtherUrl, bool IsOutdated);

public sealed partial record PracticeViewModel
{
    public PracticeTranslationNote? Translation { get; init; }

    /// <summary>The joint recommendations and commitments the practice led to (issue 14).</summary>
    public MirpsPractices.Core.Features.Commitments.PracticeOutcomes? LedTo { get; init; }
}
