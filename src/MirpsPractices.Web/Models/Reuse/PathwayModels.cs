using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Reuse;

/// <summary>The submitter's "this practice came from…" form on their practice page.</summary>
public sealed class PathwayProposalInput
{
    public int? FromPracticeId { get; set; }
    public PathwayKind? Kind { get; set; }
    public string? Note { get; set; }
}

public sealed class PathwayProposalInputValidator : AbstractValidator<PathwayProposalInput>
{
    public PathwayProposalInputValidator(IStringLocalizer<PathwayResource> p)
    {
        RuleFor(x => x.FromPracticeId).NotNull().GreaterThan(0).WithMessage(_ => p["Pathway_ChooseModel"]);
        RuleFor(x => x.Kind).NotNull().IsInEnum().WithMessage(_ => p["Pathway_ChooseKind"]);
        RuleFor(x => x.Note).MaximumLength(FieldLimits.MediumText);
    }
}

public sealed record PathwayProposalsViewModel(int PracticeId, IReadOnlyList<PathwayView> Proposed, IReadOnlyList<PracticeOption> Models);

public sealed record PendingPathwaysViewModel(IReadOnlyList<PathwayView> Pending);

public sealed record PracticePathwaysViewModel(int PracticeId, PracticePathways Pathways);

/// <summary>Confirmed pathways counted per pair of countries (model's country → replication's country), for the map.</summary>
public sealed record CountryFlow(string From, string To, int Count);

/// <summary>The public pathways page: every confirmed pathway (the table) and the same counted between countries (the map).</summary>
public sealed record PublicPathwaysViewModel(IReadOnlyList<PathwayView> Pathways, IReadOnlyList<CountryFlow> Flows)
{
    /// <summary>
    /// One count per pathway and pair of countries: a practice run in two countries adds one to each pair. An end with no
    /// country (a commitment that named none) draws nothing.
    /// </summary>
    public static PublicPathwaysViewModel From(IReadOnlyList<PathwayView> pathways) =>
        new(pathways, pathways
            .SelectMany(p => p.From.CountryCodes.SelectMany(from => p.To.CountryCodes.Select(to => (From: from, To: to))).Distinct())
            .GroupBy(pair => pair)
            .Select(g => new CountryFlow(g.Key.From, g.Key.To, g.Count()))
            .OrderBy(f => Country.MirpsOrder(f.From)).ThenBy(f => Country.MirpsOrder(f.To))
            .ToList());
}
