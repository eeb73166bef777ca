using System.Text.Json;

namespace MirpsPractices.Core.Domain;

/// <summary>The records that can be read in the other language; the same translation shape serves all of them.</summary>
public enum TranslatedRecordType
{
    Practice,
    Recommendation,
    Commitment,
}

/// <summary>Borrador / Draft → Enviada / Submitted → Revisada / Reviewed (by a moderator).</summary>
public enum TranslationState
{
    Draft,
    Submitted,
    Reviewed,
}

public sealed class TranslationStateException(TranslationState state, string action)
    : InvalidOperationException($"A translation in state {state} cannot be {action}.")
{
    public TranslationState State { get; } = state;
}

/// <summary>
/// The one translation of a record into the language it was not written in. Texts are kept field by field under stable keys
/// (see <c>TranslatableFields</c>), together with the original text each field was translated from, so that a change of the
/// original after the review shows as "outdated" on exactly that field, with the diff of the original.
/// <para>
/// The working copy (<see cref="Texts"/>) goes Draft → Submitted → Reviewed. The public reads only the reviewed copy
/// (<see cref="ReviewedTexts"/>), which a moderator's review replaces: correcting a reviewed translation does not take it
/// away from readers until the correction is reviewed in turn, and an unreviewed text is never public.
/// </para>
/// </summary>
public class RecordTranslation : IHasConcurrencyStamp
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public int Id { get; set; }
    public TranslatedRecordType RecordType { get; set; }
    public int RecordId { get; set; }

    /// <summary>The language of the translation (the other one of <see cref="RecordLanguages.All"/>).</summary>
    public string Language { get; set; } = RecordLanguages.English;

    public TranslationState State { get; private set; } = TranslationState.Draft;

    public string TextsJson { get; private set; } = "{}";
    public string SourceJson { get; private set; } = "{}";
    public string? ReviewedTextsJson { get; private set; }
    public string? ReviewedSourceJson { get; private set; }

    /// <summary>The reviewed texts in one string, for the full-text index (null while nothing was reviewed).</summary>
    public string? SearchText { get; private set; }

    public required string TranslatorId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public DateTime? SubmittedAtUtc { get; private set; }
    public string? ReviewedById { get; private set; }
    public DateTime? ReviewedAtUtc { get; private set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public IReadOnlyDictionary<string, string> Texts => Read(TextsJson);

    /// <summary>The original's text of each field at the time the translator last saved it.</summary>
    public IReadOnlyDictionary<string, string> Source => Read(SourceJson);

    public IReadOnlyDictionary<string, string>? ReviewedTexts => ReviewedTextsJson is null ? null : Read(ReviewedTextsJson);

    /// <summary>The original's text of each field when the public copy was reviewed: what "outdated" compares against.</summary>
    public IReadOnlyDictionary<string, string>? ReviewedSource => ReviewedSourceJson is null ? null : Read(ReviewedSourceJson);

    public bool HasReviewedCopy => ReviewedTextsJson is not null;

    public static RecordTranslation Start(TranslatedRecordType type, int recordId, string originalLanguage, string translatorId, DateTime nowUtc) => new()
    {
        RecordType = type,
        RecordId = recordId,
        Language = OtherLanguage(originalLanguage),
        TranslatorId = translatorId,
        CreatedAtUtc = nowUtc,
        UpdatedAtUtc = nowUtc,
    };

    public static string OtherLanguage(string language) => language == RecordLanguages.English ? RecordLanguages.Spanish : RecordLanguages.English;

    /// <summary>
    /// Saves what the translator typed, for the fields the original has now (others are dropped), and remembers the
    /// original text of each. A submitted or reviewed translation that is changed goes back to draft; the reviewed copy stays public.
    /// Returns whether anything changed.
    /// </summary>
    public bool Save(IReadOnlyDictionary<string, string> typed, IReadOnlyList<TranslatableField> original, string translatorId, DateTime nowUtc)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var source = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in original)
        {
            var value = typed.TryGetValue(field.Key, out var v) ? (v ?? "").Trim() : "";
            if (value.Length == 0)
            {
                continue;
            }
            texts[field.Key] = value;
            source[field.Key] = field.Text;
        }
        var textsJson = Write(texts);
        var sourceJson = Write(source);
        if (textsJson == TextsJson && sourceJson == SourceJson)
        {
            return false;
        }
        TextsJson = textsJson;
        SourceJson = sourceJson;
        TranslatorId = translatorId;
        UpdatedAtUtc = nowUtc;
        State = TranslationState.Draft;
        return true;
    }

    /// <summary>The translator hands the translation to the moderators; it needs every field of the original translated.</summary>
    public void Submit(IReadOnlyList<TranslatableField> original, DateTime nowUtc)
    {
        if (State != TranslationState.Draft)
        {
            throw new TranslationStateException(State, "submitted");
        }
        if (MissingFields(original).Count > 0)
        {
            throw new InvalidOperationException("Every field of the original must be translated before the translation is submitted.");
        }
        State = TranslationState.Submitted;
        SubmittedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>A moderator reviews the submitted translation: it becomes the public copy, compared from now on with the original as it is.</summary>
    public void Review(string moderatorId, DateTime nowUtc)
    {
        if (State != TranslationState.Submitted)
        {
            throw new TranslationStateException(State, "reviewed");
        }
        State = TranslationState.Reviewed;
        ReviewedById = moderatorId;
        ReviewedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        ReviewedTextsJson = TextsJson;
        ReviewedSourceJson = SourceJson;
        SearchText = string.Join("\n", Texts.Values);
    }

    /// <summary>A moderator sends a submitted translation back to its translator.</summary>
    public void ReturnToDraft(DateTime nowUtc)
    {
        if (State != TranslationState.Submitted)
        {
            throw new TranslationStateException(State, "returned to draft");
        }
        State = TranslationState.Draft;
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Fields of the original that have text and no translation in the working copy.</summary>
    public IReadOnlyList<string> MissingFields(IReadOnlyList<TranslatableField> original)
    {
        var texts = Texts;
        return original.Where(f => f.Text.Length > 0 && !texts.ContainsKey(f.Key)).Select(f => f.Key).ToList();
    }

    /// <summary>
    /// Fields whose original changed after the review (or that the original gained since): the public copy of those no longer
    /// says what the original says. Empty when nothing was reviewed yet.
    /// </summary>
    public IReadOnlyList<string> OutdatedFields(IReadOnlyList<TranslatableField> original)
    {
        var reviewed = ReviewedSource;
        if (reviewed is null)
        {
            return [];
        }
        return original
            .Where(f => f.Text.Length > 0 && (!reviewed.TryGetValue(f.Key, out var then) || !string.Equals(then, f.Text, StringComparison.Ordinal)))
            .Select(f => f.Key)
            .ToList();
    }

    private static Dictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, Json) ?? [];

    private static string Write(Dictionary<string, string> values) => JsonSerializer.Serialize(values, Json);
}

/// <summary>One text of a record that a translation carries: a stable key, and the original's current text.</summary>
public sealed record TranslatableField(string Key, string Text);
