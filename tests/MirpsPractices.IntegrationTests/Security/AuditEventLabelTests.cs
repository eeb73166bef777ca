using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Seeding;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>The audit log names every event type and every kind of record in the reader's language (labels live in AuditEventResource).</summary>
public sealed class AuditEventLabelTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The records the services write audit entries about.</summary>
    private static readonly string[] EntityTypes =
    [
        nameof(Practice), nameof(Organisation), nameof(ApplicationUser), nameof(CallForPractices),
        nameof(Recommendation), nameof(Commitment), nameof(Session), nameof(ReportJob),
    ];

    [Fact]
    public void Every_well_known_event_type_has_a_spanish_and_an_english_label()
    {
        var types = typeof(AuditEvents).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Append(SampleDataSeeder.AuditEventType).ToList();

        var missing = types.Where(t => InBothLanguages(labels => labels.Label(t)) is var (es, en) && (es == t || en == t || es == en)).ToList();

        Assert.True(missing.Count == 0, "Add Event_<type> to Resources/AuditEventResource(.en).resx for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_kind_of_audited_record_is_named_in_spanish_and_english()
    {
        var missing = EntityTypes.Where(t => InBothLanguages(labels => labels["Entity_" + t].ResourceNotFound ? "missing" : "") != ("", "")).ToList();

        Assert.True(missing.Count == 0, "Add Entity_<type> to Resources/AuditEventResource(.en).resx for: " + string.Join(", ", missing));
        Assert.Equal(("Práctica 21", "Practice 21"), InBothLanguages(labels => labels.Subject(nameof(Practice), "21")));
        Assert.Equal(("NewKind 3", "NewKind 3"), InBothLanguages(labels => labels.Subject("NewKind", "3")));
        Assert.Equal(("—", "—"), InBothLanguages(labels => labels.Subject(null, null)));
    }

    private (string Spanish, string English) InBothLanguages(Func<IStringLocalizer<AuditEventResource>, string> read)
    {
        var labels = factory.Services.GetRequiredService<IStringLocalizer<AuditEventResource>>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("es");
            var spanish = read(labels);
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            return (spanish, read(labels));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
