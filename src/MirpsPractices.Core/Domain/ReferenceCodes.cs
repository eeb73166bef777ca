using System.Globalization;

namespace MirpsPractices.Core.Domain;

/// <summary>Stable codes of domain.md. Stored as their names; people see labels from localization.</summary>
public enum ActorType
{
    CentralGovernment,
    LocalGovernment,
    CivilSociety,
    RefugeeLed,
    PrivateSector,
    InternationalOrganisation,
    Academia,
}

public enum StrategyArea
{
    JobMatching,
    VocationalTraining,
    Entrepreneurship,
    FairRecruitment,
    Skills,
    QualificationRecognition,
    Other,
}

public enum Population
{
    Refugees,
    AsylumSeekers,
    InternallyDisplaced,
    Returnees,
    HostCommunities,
}

public enum CoordinationMechanism
{
    InterInstitutionalAgreement,
    WorkingGroup,
    ReferralPathway,
    OneStopShop,
    SharedInformationSystem,
    JointProgramme,
    PublicPrivatePartnership,
    Other,
}

public enum ParticipationRole
{
    Lead,
    Implementer,
    Partner,
    Funder,
}

public enum ImplementationStatus
{
    Pilot,
    Ongoing,
    Completed,
}

public enum GoodPracticeCriterion
{
    AnswersNeeds = 1,
    BuiltInPartnership = 2,
    AgeGenderDiversity = 3,
    SustainedEffect = 4,
    Replicable = 5,
    EfficientUseOfResources = 6,
}

public enum RecommendationLevel
{
    Local,
    National,
    Regional,
}

public enum RecommendationImplementationStatus
{
    NotStarted,
    InProgress,
    Implemented,
}

public enum CommitmentStatus
{
    Planned,
    InProgress,
    Fulfilled,
    Delayed,
    Withdrawn,
}

public enum CommitmentKind
{
    Collaboration,
    ReplicatePractice,
}

/// <summary>The four participant groups of the technical teams; each is an Identity role.</summary>
public enum ParticipantGroup
{
    EmploymentTeam,
    LocalGovernanceTeam,
    CivilSociety,
    RefugeeLed,
}

public static class RecordLanguages
{
    public const string Spanish = "es";
    public const string English = "en";
    public static readonly IReadOnlyList<string> All = [Spanish, English];

    private static readonly CultureInfo SpanishCulture = CultureInfo.GetCultureInfo(Spanish);
    private static readonly CultureInfo EnglishCulture = DayFirstEnglish();

    /// <summary>How dates and numbers are written in a language: Spanish for "es", English for "en" (anything else is Spanish).</summary>
    public static CultureInfo Culture(string? language) => language == English ? EnglishCulture : SpanishCulture;

    /// <summary>
    /// English with its dates written day first (25/11/2026), as in Belize and the other MIRPS countries, instead of the
    /// neutral English culture's month first (11/25/2026), which reads as another date there.
    /// </summary>
    private static CultureInfo DayFirstEnglish()
    {
        var english = (CultureInfo)CultureInfo.GetCultureInfo(English).Clone();
        english.DateTimeFormat = (DateTimeFormatInfo)CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.Clone();
        return CultureInfo.ReadOnly(english);
    }
}
