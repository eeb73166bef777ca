namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of submission and moderation (issue #4).</summary>
public sealed class WorkflowResource;
