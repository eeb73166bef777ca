using MirpsPractices.Core.Features.Home;

namespace MirpsPractices.Web.Models.Home;

public sealed record HomeViewModel(HomeFigures Figures, IReadOnlyList<LatestPractice> Latest);
