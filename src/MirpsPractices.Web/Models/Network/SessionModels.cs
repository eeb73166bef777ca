using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Sessions;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Network;

public sealed class SessionInput
{
    /// <summary>Generated when the create form is shown: posting it twice (double click, retry) creates one record.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>The record's stamp when the edit form was loaded: saving over a newer change is refused.</summary>
    public Guid ConcurrencyStamp { get; set; }
    public DateOnly? Date { get; set; }
    public string? Title { get; set; }
    public string? Agenda { get; set; }
    public string? Location { get; set; }
    public string? Language { get; set; }
    public List<int> OrganisationIds { get; set; } = [];
    public List<int> PracticeIds { get; set; } = [];
    public List<int> RecommendationIds { get; set; } = [];
    public List<int> CommitmentIds { get; set; } = [];

    public SessionDraft ToDraft() => new(Date!.Value, Title!, Agenda!, Location, Language!, OrganisationIds, PracticeIds, RecommendationIds, CommitmentIds);

    public static SessionInput From(SessionDetail s) => new()
    {
        ConcurrencyStamp = s.ConcurrencyStamp,
        Date = s.Date,
        Title = s.Title,
        Agenda = s.Agenda,
        Location = s.Location,
        Language = s.Language,
        OrganisationIds = [.. s.Organisations.Select(o => o.Id)],
        PracticeIds = [.. s.Practices.Select(p => p.Id)],
        RecommendationIds = [.. s.Recommendations.Select(r => r.Id)],
        CommitmentIds = [.. s.Commitments.Select(c => c.Id)],
    };
}

public sealed class SessionInputValidator : AbstractValidator<SessionInput>
{
    public SessionInputValidator(IStringLocalizer<NetworkResource> n)
    {
        RuleFor(x => x.Date).NotNull().WithMessage(_ => n["Validation_DateRequired"]);
        RuleFor(x => x.Title).NotEmpty().WithMessage(_ => n["Validation_TitleRequired"])
            .MaximumLength(FieldLimits.Title).WithMessage(_ => n["Validation_TooLong", FieldLimits.Title]);
        RuleFor(x => x.Agenda).NotEmpty().WithMessage(_ => n["Validation_AgendaRequired"])
            .MaximumLength(FieldLimits.LongText).WithMessage(_ => n["Validation_TooLong", FieldLimits.LongText]);
        RuleFor(x => x.Location).MaximumLength(FieldLimits.Name).WithMessage(_ => n["Validation_TooLong", FieldLimits.Name]);
        RuleFor(x => x.Language).Must(l => l is not null && RecordLanguages.All.Contains(l)).WithMessage(_ => n["Validation_LanguageRequired"]);
    }
}

public sealed record SessionListViewModel(IReadOnlyList<SessionListItem> Upcoming, IReadOnlyList<SessionListItem> Past, bool CanEdit);

public sealed record SessionFormViewModel(
    int? Id,
    SessionInput Input,
    IReadOnlyList<OrganisationOption> Organisations,
    IReadOnlyList<PracticeOption> Practices,
    IReadOnlyList<RecordOption> Recommendations,
    IReadOnlyList<RecordOption> Commitments,
    bool Conflict = false);

public sealed record SessionDetailViewModel(SessionDetail Session, bool CanEdit, IReadOnlySet<int>? StaleCommitments = null)
{
    public bool IsStale(int commitmentId) => StaleCommitments?.Contains(commitmentId) == true;
}
