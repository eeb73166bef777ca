using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MirpsPractices.Core.Features.Jobs;

/// <summary>
/// Wakes this instance's worker when a job is queued here. The signal carries no state: the database says which jobs wait,
/// so a job queued on another instance is found by the worker's periodic sweep.
/// </summary>
public abstract class JobSignal
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public void Signal(Guid id) => _channel.Writer.TryWrite(id);

    public ChannelReader<Guid> Reader => _channel.Reader;
}

/// <summary>
/// Runs jobs whose state lives in the database, off the request path: processes what is queued, then waits for a signal
/// or the sweep interval, whichever comes first. A failure of one pass is logged and retried; stopping ends the loop.
/// Each job is claimed by the subclass with a conditional update (Queued → Running), so several instances never run one twice.
/// </summary>
public abstract class QueuedJobWorker(JobSignal signal, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(15);

    /// <summary>Claims and runs every queued job, one after another, until none is left.</summary>
    protected abstract Task ProcessQueuedAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessQueuedAsync(stoppingToken);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(SweepInterval);
                try
                {
                    await signal.Reader.WaitToReadAsync(timeout.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // Sweep time: look for jobs queued elsewhere.
                }
                while (signal.Reader.TryRead(out _))
                {
                    // The signal only wakes the loop; the database says which jobs wait.
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Worker} loop failed; retrying", GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
