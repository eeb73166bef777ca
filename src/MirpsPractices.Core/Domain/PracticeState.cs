namespace MirpsPractices.Core.Domain;

public enum PracticeState
{
    Draft,
    Submitted,
    InReview,
    ChangesRequested,
    Published,
    Rejected,
    Archived,
}

/// <summary>Who asks for a lifecycle transition, relative to the practice.</summary>
public enum LifecycleActor
{
    Submitter,
    Moderator,
}

public enum LifecycleAction
{
    Submit,
    StartReview,
    RequestChanges,
    Publish,
    Reject,
    Archive,
    WithdrawFromPublication,
    ReturnToDraft,
}
