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
}
