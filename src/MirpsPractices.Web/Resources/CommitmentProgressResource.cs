namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of commitment progress: percentages, joint commitments and their parts.</summary>
public sealed class CommitmentProgressResource;
