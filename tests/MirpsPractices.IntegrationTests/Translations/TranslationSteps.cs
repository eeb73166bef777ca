using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Translations;
using MirpsPractices.IntegrationTests.Catalogue;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Translations;

/// <summary>Takes a translation through the real service (save, submit, review), so a review evicts what it evicts in the app.</summary>
public static class TranslationSteps
{
    private static readonly AuditContext Tester = new(CatalogueTestData.UserId, "catalogue@tests.example", "127.0.0.1");

    /// <summary>Translates every field of the record with <paramref name="text"/> and takes it as far as <paramref name="state"/>.</summary>
    public static async Task TranslateAsync(
        PortalFactory factory, TranslatedRecordType type, int id, Func<TranslatableField, string> text, TranslationState state = TranslationState.Reviewed)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<TranslationService>();
        var original = await service.GetOriginalAsync(type, id, CancellationToken.None)
            ?? throw new InvalidOperationException($"No {type} {id}.");
        var saved = await service.SaveAsync(type, id, Tester, original.Fields.ToDictionary(f => f.Key, text), null, CancellationToken.None);
        Assert.True(saved.Succeeded, $"save: {saved.Outcome}");
        if (state == TranslationState.Draft)
        {
            return;
        }
        var submitted = await service.SubmitAsync(type, id, Tester, saved.ConcurrencyStamp!.Value, CancellationToken.None);
        Assert.True(submitted.Succeeded, $"submit: {submitted.Outcome}");
        if (state == TranslationState.Submitted)
        {
            return;
        }
        var reviewed = await service.ReviewAsync(type, id, Tester, submitted.ConcurrencyStamp!.Value, CancellationToken.None);
        Assert.True(reviewed.Succeeded, $"review: {reviewed.Outcome}");
    }

    /// <summary>A moderator reviews the submitted translation of the record.</summary>
    public static async Task ReviewAsync(PortalFactory factory, TranslatedRecordType type, int id)
    {
        var stamp = await factory.WithDbAsync(db => db.RecordTranslations.Where(t => t.RecordType == type && t.RecordId == id)
            .Select(t => t.ConcurrencyStamp).SingleAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var reviewed = await scope.ServiceProvider.GetRequiredService<TranslationService>().ReviewAsync(type, id, Tester, stamp, CancellationToken.None);
        Assert.True(reviewed.Succeeded, $"review: {reviewed.Outcome}");
    }

    /// <summary>"English text of Title", "English text of Summary"…: recognisable translated texts.</summary>
    public static string English(TranslatableField field) => $"English text of {field.Key}";

    public static string Spanish(TranslatableField field) => $"Texto en español de {field.Key}";
}
