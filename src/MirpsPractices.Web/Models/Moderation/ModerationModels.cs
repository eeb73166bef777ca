using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Moderation;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Moderation;

/// <summary>Query string of the queue.</summary>
public sealed class QueueFilterInput
{
    public PracticeState? State { get; set; }
    public string? Country { get; set; }
    public StrategyArea? Area { get; set; }
    public int? Waiting { get; set; }
    public int? Call { get; set; }
    public bool Mine { get; set; }

    public QueueFilter ToFilter() => new(State, Country is not null && Core.Domain.Country.MirpsCodes.Contains(Country) ? Country : null, Area, Waiting, Call, Mine);
}

public sealed record QueueViewModel(QueueFilterInput Filter, IReadOnlyList<QueueRow> Rows, IReadOnlyList<CallRow> Calls, string CurrentUserId);

public sealed class ReviewFormModel
{
    public Guid ConcurrencyStamp { get; set; }
    public ModerationDecision Decision { get; set; }
    public List<CriterionFormInput> Criteria { get; set; } = [];
    public bool NoPersonalDataOfDisplacedPeople { get; set; }
    public bool ConsentForPhotosOfPeople { get; set; }
    public string? SafeguardingNote { get; set; }
    public Dictionary<string, string?> FieldComments { get; set; } = [];
    public string? Comment { get; set; }

    public ReviewInput ToInput() => new(
        Decision,
        ConcurrencyStamp,
        [.. Criteria.Where(c => Enum.IsDefined(c.Criterion)).Select(c => new CriterionInput(c.Criterion, c.IsMet, c.Note))],
        NoPersonalDataOfDisplacedPeople,
        ConsentForPhotosOfPeople,
        SafeguardingNote,
        FieldComments.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value!),
        Comment);

    public static ReviewFormModel From(PracticeDetails details) => new()
    {
        ConcurrencyStamp = details.ConcurrencyStamp,
        Criteria = [.. Enum.GetValues<GoodPracticeCriterion>().Select(c =>
        {
            var existing = details.Criteria.SingleOrDefault(x => x.Criterion == c);
            return new CriterionFormInput { Criterion = c, IsMet = existing?.IsMet ?? false, Note = existing?.Note };
        })],
        NoPersonalDataOfDisplacedPeople = details.Safeguarding?.NoPersonalDataOfDisplacedPeople ?? false,
        ConsentForPhotosOfPeople = details.Safeguarding?.ConsentForPhotosOfPeople ?? false,
        SafeguardingNote = details.Safeguarding?.Note,
    };
}

public sealed class CriterionFormInput
{
    public GoodPracticeCriterion Criterion { get; set; }
    public bool IsMet { get; set; }
    public string? Note { get; set; }
}

public sealed class ReviewFormModelValidator : AbstractValidator<ReviewFormModel>
{
    public ReviewFormModelValidator(IStringLocalizer<WorkflowResource> t)
    {
        RuleFor(x => x.Decision).IsInEnum();
        RuleFor(x => x.Comment).MaximumLength(FieldLimits.MediumText).WithMessage(_ => t["Validation_TooLong", FieldLimits.MediumText]);
        RuleFor(x => x.SafeguardingNote).MaximumLength(FieldLimits.MediumText).WithMessage(_ => t["Validation_TooLong", FieldLimits.MediumText]);
        RuleForEach(x => x.Criteria).ChildRules(c =>
            c.RuleFor(x => x.Note).MaximumLength(FieldLimits.MediumText).WithMessage(_ => t["Validation_TooLong", FieldLimits.MediumText]));
        RuleForEach(x => x.FieldComments).Must(f => (f.Value?.Length ?? 0) <= FieldLimits.MediumText).WithMessage(_ => t["Validation_TooLong", FieldLimits.MediumText]);
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Decision == ModerationDecision.RequestChanges).WithMessage(_ => t["Validation_CommentRequired"]);
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Decision == ModerationDecision.Reject).WithMessage(_ => t["Validation_ReasonRequired"]);
        RuleFor(x => x.Comment).NotEmpty().When(x => x.Decision == ModerationDecision.WithdrawFromPublication).WithMessage(_ => t["Validation_ReasonRequired"]);
        RuleFor(x => x.NoPersonalDataOfDisplacedPeople).Equal(true).When(x => x.Decision == ModerationDecision.Publish).WithMessage(_ => t["Validation_SafeguardingRequired"]);
        RuleFor(x => x.ConsentForPhotosOfPeople).Equal(true).When(x => x.Decision == ModerationDecision.Publish).WithMessage(_ => t["Validation_SafeguardingRequired"]);
    }
}

public sealed record ReviewViewModel(ReviewData Review, ReviewFormModel Input, string? ConflictMessage, string CurrentUserId)
{
    public PracticeDetails Practice => Review.Practice;

    /// <summary>The decisions the screen offers besides saving the review.</summary>
    public IReadOnlySet<LifecycleAction> AvailableActions { get; } = AvailableTo(Review.Practice.State);

    /// <summary>Whether the criteria, safeguarding check and field comments can be filled in.</summary>
    public bool CanAssess => Practice.State is PracticeState.Submitted or PracticeState.InReview;

    public IReadOnlyList<FieldDiff> ChangedFields { get; } = [.. Review.Diff.Where(d => d.Changed)];

    // A decision on a submitted practice starts its review first, so it is offered what an in-review one is.
    private static HashSet<LifecycleAction> AvailableTo(PracticeState state) =>
        PracticeLifecycle.AvailableFrom(state == PracticeState.Submitted ? PracticeState.InReview : state, LifecycleActor.Moderator)
            .Select(t => t.Action).Where(a => a != LifecycleAction.StartReview).ToHashSet();
}

public sealed class CallFormModel
{
    /// <summary>Generated when the create form is shown: posting it twice (double click, retry) opens one call.</summary>
    public string? IdempotencyKey { get; set; }
    public string? Theme { get; set; }
    public string? Description { get; set; }
    public List<StrategyArea> StrategyAreas { get; set; } = [];
    public List<string> CountryCodes { get; set; } = [];
    public DateOnly? Deadline { get; set; }
    public int? SessionId { get; set; }
    /// <summary>The call's stamp when the edit form was shown: saving over another moderator's newer change is refused.</summary>
    public Guid ConcurrencyStamp { get; set; }

    public CallInput ToInput() => new(Theme ?? "", Description ?? "", StrategyAreas, CountryCodes, Deadline!.Value, SessionId);

    public static CallFormModel From(CallRow c) => new()
    {
        Theme = c.Theme,
        Description = c.Description,
        StrategyAreas = [.. c.StrategyAreas],
        CountryCodes = [.. c.CountryCodes],
        Deadline = c.Deadline,
        SessionId = c.SessionId,
        ConcurrencyStamp = c.ConcurrencyStamp,
    };
}

public sealed class CallFormModelValidator : AbstractValidator<CallFormModel>
{
    public CallFormModelValidator(IStringLocalizer<WorkflowResource> t)
    {
        RuleFor(x => x.Theme).NotEmpty().WithMessage(_ => t["Validation_Required"])
            .MaximumLength(FieldLimits.Title).WithMessage(_ => t["Validation_TooLong", FieldLimits.Title]);
        RuleFor(x => x.Description).MaximumLength(FieldLimits.MediumText).WithMessage(_ => t["Validation_TooLong", FieldLimits.MediumText]);
        RuleFor(x => x.Deadline).NotNull().WithMessage(_ => t["Validation_Required"]);
        RuleForEach(x => x.CountryCodes).Must(c => Country.MirpsCodes.Contains(c)).WithMessage(_ => t["Validation_Choose"]);
    }
}

public sealed record CallFormViewModel(int? Id, CallFormModel Input, IReadOnlyList<SessionOption> Sessions, bool Conflict = false);

public sealed record CallsViewModel(IReadOnlyList<CallRow> Calls);
