using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.IntegrationTests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>The real app on its own SQLite file (demo data seeded) with every Serilog event captured, trace id included.</summary>
public class ReliabilityFactory : PortalFactory
{
    public TraceLogSink Log { get; } = new();

    protected virtual void ConfigureReliabilityServices(IServiceCollection services)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // Serilog's ReadFrom.Services picks up every registered sink.
            services.AddSingleton<ILogEventSink>(Log);
            ConfigureReliabilityServices(services);
        });
    }
}

/// <summary>A captured Serilog event: level, rendered message, the W3C trace id Serilog attached, and the exception.</summary>
public sealed record CapturedEvent(LogEventLevel Level, string Message, string? TraceId, string? Exception, IReadOnlyDictionary<string, string> Properties);

public sealed class TraceLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<CapturedEvent> _events = new();

    public IReadOnlyList<CapturedEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(new CapturedEvent(
        logEvent.Level,
        logEvent.RenderMessage(),
        logEvent.TraceId?.ToHexString(),
        logEvent.Exception?.ToString(),
        logEvent.Properties.ToDictionary(p => p.Key, p => p.Value.ToString().Trim('"'))));
}
