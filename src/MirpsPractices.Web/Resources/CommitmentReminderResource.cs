namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of commitment reminders, the joint commitment form and the "no recent update" flag on lists.</summary>
public sealed class CommitmentReminderResource;
