using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MirpsPractices.Core.Data;

namespace MirpsPractices.Web.Infrastructure;

public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
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
