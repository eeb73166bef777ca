using MirpsPractices.Core.Data;

namespace MirpsPractices.Core.Seeding;

// Placeholder until the sample-data branch lands.
public sealed class SampleDataSeeder(AppDbContext db, TimeProvider clock)
{
    public Task SeedAsync(IReadOnlyDictionary<string, string> userIdsByRole, CancellationToken cancellationToken = default)
    {
        _ = (db, clock, userIdsByRole, cancellationToken);
        return Task.CompletedTask;
    }
}
