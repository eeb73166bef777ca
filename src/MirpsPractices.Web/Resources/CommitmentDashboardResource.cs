namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of the public commitments dashboard.</summary>
public sealed class CommitmentDashboardResource;
