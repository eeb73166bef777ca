using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MirpsPractices.Core.Data;
using MirpsPractices.Web.Reliability;

namespace MirpsPractices.Web.Infrastructure;

public sealed class DatabaseHealthCheck(AppDbContext db, DatabaseAvailability availability) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!availability.IsAvailable)
        {
            // Start-up could not migrate: even if the file answers now, the schema may be behind. A restart fixes it.
            return HealthCheckResult.Unhealthy($"The database could not be opened or migrated at start-up: {availability.Reason}");
        }
        try
        {
            // A real query, not just a connection: a missing schema is unhealthy too.
            var countries = await db.Countries.CountAsync(cancellationToken);
            return countries > 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database has no reference data.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database is unreachable.", ex);
        }
    }
}
