namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the labels of audit event types (<c>Event_&lt;EventType&gt;</c>), shown in the administration's audit log.</summary>
public sealed class AuditEventResource;
