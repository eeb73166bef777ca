using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Auditing;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>The audit log names every event type in the reader's language (labels live in AuditEventResource).</summary>
public sealed class AuditEventLabelTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_well_known_event_type_has_a_spanish_and_an_english_label()
    {
        var types = typeof(AuditEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var labels = factory.Services.GetRequiredService<IStringLocalizer<AuditEventResource>>();
        string LabelIn(string culture, string type)
        {
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            try
            {
                return labels.Label(type);
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }
        }

        var missing = types.Where(t => LabelIn("es", t) == t || LabelIn("en", t) == t || LabelIn("es", t) == LabelIn("en", t)).ToList();

        Assert.True(missing.Count == 0, "Add Event_<type> to Resources/AuditEventResource(.en).resx for: " + string.Join(", ", missing));
    }
}
