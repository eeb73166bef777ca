namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of the joint-commitment part of the commitment form (parts, roll-up, weights).</summary>
public sealed class CommitmentJointResource;
