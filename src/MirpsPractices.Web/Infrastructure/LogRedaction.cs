using Serilog.Core;
using Serilog.Events;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Query strings can carry invitation and reset tokens: ASP.NET Core's own "Request starting/finished" events log them
/// (property QueryString) when its level is lowered to Information. They never reach a sink.
/// </summary>
public sealed class RedactQueryStringEnricher : ILogEventEnricher
{
    private static readonly string[] Redacted = ["QueryString", "Query"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in Redacted)
        {
            if (logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: string s } && s.Length > 0)
            {
                logEvent.AddOrUpdateProperty(propertyFactory.CreateProperty(name, "?[redacted]"));
            }
        }
    }
}
