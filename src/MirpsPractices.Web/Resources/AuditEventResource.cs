using Microsoft.Extensions.Localization;

namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the labels of audit event types (<c>Event_&lt;EventType&gt;</c>), shown in the administration's audit log.</summary>
public sealed class AuditEventResource;

public static class AuditEventLabels
{
    /// <summary>The event type's label in the UI language; the stored code itself for a type without one.</summary>
    public static string Label(this IStringLocalizer<AuditEventResource> labels, string eventType)
    {
        var label = labels["Event_" + eventType];
        return label.ResourceNotFound ? eventType : label.Value;
    }
}
