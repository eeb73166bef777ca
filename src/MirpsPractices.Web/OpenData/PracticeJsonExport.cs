using System.Text.Json;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.OpenData;

/// <summary>The JSON export of a view, <c>{"generatedAt", "count", "items": [practice…]}</c>, written practice by practice.</summary>
public static class PracticeJsonExport
{
    private const int FlushThresholdBytes = 16 * 1024;

    public static async Task WriteAsync(Stream output, DateTime generatedAt, int count, IAsyncEnumerable<PracticeRecord> records, string baseUrl, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = ApiJson.Options.Encoder });
        json.WriteStartObject();
        json.WriteString("generatedAt", generatedAt);
        json.WriteNumber("count", count);
        json.WriteStartArray("items");
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            // Serialized apart and copied in: JsonSerializer.Serialize on the writer would flush it to the response synchronously.
            json.WriteRawValue(JsonSerializer.SerializeToUtf8Bytes(PracticeDto.From(record, baseUrl), ApiJson.Options), skipInputValidation: true);
            if (json.BytesPending > FlushThresholdBytes)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }
}
