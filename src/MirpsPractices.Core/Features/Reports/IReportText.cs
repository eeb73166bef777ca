namespace MirpsPractices.Core.Features.Reports;

/// <summary>
/// The report's labels in the current UI culture. The web host provides them from its resources;
/// practice content is never translated.
/// </summary>
public interface IReportText
{
    /// <summary>A report label by key (see <see cref="ReportKeys"/>), formatted with <paramref name="arguments"/>.</summary>
    string Get(string key, params object[] arguments);

    string Label<TEnum>(TEnum value) where TEnum : struct, Enum;

    string Country(string code);

    /// <summary>The mark of a record that has no reviewed translation into <paramref name="language"/>, the report's (issue 12).</summary>
    string Untranslated(string language);
}

/// <summary>Keys of the report's labels; each has a Spanish and an English text in the web host's resources.</summary>
public static class ReportKeys
{
    public const string Title = "Report_Title";
    public const string Subtitle = "Report_Subtitle";
    public const string GeneratedOn = "Report_GeneratedOn";
    public const string Scope = "Report_Scope";
    public const string ScopeAll = "Report_ScopeAll";
    public const string ScopeSession = "Report_ScopeSession";
    public const string ScopeCountries = "Report_ScopeCountries";
    public const string ScopeAreas = "Report_ScopeAreas";
    public const string ScopePeriod = "Report_ScopePeriod";
    public const string ScopeFrom = "Report_ScopeFrom";
    public const string ScopeTo = "Report_ScopeTo";
    public const string Figures = "Report_Figures";
    public const string FigurePractices = "Report_FigurePractices";
    public const string FigureCountries = "Report_FigureCountries";
    public const string FigureOrganisations = "Report_FigureOrganisations";
    public const string FigurePeopleReached = "Report_FigurePeopleReached";
    public const string FigurePeoplePlaced = "Report_FigurePeoplePlaced";
    public const string FigurePeopleTrained = "Report_FigurePeopleTrained";
    public const string FigureJointRecommendations = "Report_FigureJointRecommendations";
    public const string FigureCommitments = "Report_FigureCommitments";
    public const string FigureCommitmentsFulfilled = "Report_FigureCommitmentsFulfilled";
    public const string Figure = "Report_Figure";
    public const string Value = "Report_Value";
    public const string PracticesByArea = "Report_PracticesByArea";
    public const string NoPractices = "Report_NoPractices";
    public const string Countries = "Report_Countries";
    public const string Mechanisms = "Report_Mechanisms";
    public const string Organisations = "Report_Organisations";
    public const string Organisation = "Report_Organisation";
    public const string ActorType = "Report_ActorType";
    public const string Role = "Report_Role";
    public const string Matrix = "Report_Matrix";
    public const string MatrixExplanation = "Report_MatrixExplanation";
    public const string Lessons = "Report_Lessons";
    public const string LessonsLearned = "Report_LessonsLearned";
    public const string ReplicationConditions = "Report_ReplicationConditions";
    public const string NotStated = "Report_NotStated";
    public const string Recommendations = "Report_Recommendations";
    public const string NoRecommendations = "Report_NoRecommendations";
    public const string Level = "Report_Level";
    public const string AddressedTo = "Report_AddressedTo";
    public const string Evidence = "Report_Evidence";
    public const string NoEvidence = "Report_NoEvidence";
    public const string ImplementationStatus = "Report_ImplementationStatus";
    public const string NotYetJoint = "Report_NotYetJoint";
    public const string Commitments = "Report_Commitments";
    public const string NoCommitments = "Report_NoCommitments";
    public const string Commitment = "Report_Commitment";
    public const string DueDate = "Report_DueDate";
    public const string Status = "Report_Status";
    public const string Overdue = "Report_Overdue";
    public const string ReplicatesIn = "Report_ReplicatesIn";
    public const string FileName = "Report_FileName";

    public static readonly IReadOnlyList<string> All =
    [
        Title, Subtitle, GeneratedOn, Scope, ScopeAll, ScopeSession, ScopeCountries, ScopeAreas, ScopePeriod, ScopeFrom, ScopeTo,
        Figures, FigurePractices, FigureCountries, FigureOrganisations, FigurePeopleReached, FigurePeoplePlaced, FigurePeopleTrained,
        FigureJointRecommendations, FigureCommitments, FigureCommitmentsFulfilled, Figure, Value, PracticesByArea, NoPractices,
        Countries, Mechanisms, Organisations, Organisation, ActorType, Role, Matrix, MatrixExplanation, Lessons, LessonsLearned,
        ReplicationConditions, NotStated, Recommendations, NoRecommendations, Level, AddressedTo, Evidence, NoEvidence,
        ImplementationStatus, NotYetJoint, Commitments, NoCommitments, Commitment, DueDate, Status, Overdue, ReplicatesIn, FileName,
    ];
}
