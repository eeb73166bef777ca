using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Web.Models.Catalogue;

namespace MirpsPractices.Web.Models.Reuse;

/// <summary>A building block's public page, in the reader's language when its practice has a reviewed translation into it.</summary>
public sealed record BuildingBlockPageViewModel(BuildingBlockPage Page, PracticeTranslationNote? Translation);
