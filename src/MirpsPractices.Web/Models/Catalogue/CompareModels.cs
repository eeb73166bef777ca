using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.Models.Catalogue;

/// <summary>The comparison page: the practices in the order asked, or the key of the message that says why there are none.</summary>
public sealed record CompareViewModel(IReadOnlyList<PracticeDetails> Practices, string? ErrorKey)
{
    public const int MinPractices = 2;
    public const int MaxPractices = 4;

    public static CompareViewModel Refused(string errorKey) => new([], errorKey);
}
