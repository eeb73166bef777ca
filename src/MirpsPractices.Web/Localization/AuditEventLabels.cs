using Microsoft.Extensions.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Localization;

public static class AuditEventLabels
{
    /// <summary>The event type's label in the UI language; the stored code itself for a type without one (new types still show).</summary>
    public static string Label(this IStringLocalizer<AuditEventResource> labels, string eventType)
    {
        var label = labels["Event_" + eventType];
        return label.ResourceNotFound ? eventType : label.Value;
    }

    /// <summary>What an entry is about, e.g. "Práctica 21": the kind of record in the UI language (its stored name when unknown) and its id.</summary>
    public static string Subject(this IStringLocalizer<AuditEventResource> labels, string? entityType, string? entityId)
    {
        if (entityType is null)
        {
            return "—";
        }
        var label = labels["Entity_" + entityType];
        return $"{(label.ResourceNotFound ? entityType : label.Value)} {entityId}".TrimEnd();
    }
}
