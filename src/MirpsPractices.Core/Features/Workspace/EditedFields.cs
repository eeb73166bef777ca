using System.Globalization;

namespace MirpsPractices.Core.Features.Workspace;

/// <summary>
/// What an edit changed, for its audit entry (field names only, as for practices: the audit log holds no content).
/// A record is read into field → text before and after the edit; link collections compare as sorted id lists.
/// </summary>
public sealed class EditedFields
{
    private readonly Dictionary<string, string?> _values = [];

    public EditedFields Field(string name, object? value)
    {
        _values[name] = Convert.ToString(value, CultureInfo.InvariantCulture);
        return this;
    }

    public EditedFields Set<T>(string name, IEnumerable<T> values) =>
        Field(name, string.Join(",", values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)));

    /// <summary>The names of the fields whose value differs in <paramref name="after"/>, e.g. "Title, Evidence"; null when none did.</summary>
    public string? ChangedIn(EditedFields after)
    {
        var changed = after._values.Where(kv => _values.GetValueOrDefault(kv.Key) != kv.Value).Select(kv => kv.Key).ToList();
        return changed.Count == 0 ? null : string.Join(", ", changed);
    }
}
