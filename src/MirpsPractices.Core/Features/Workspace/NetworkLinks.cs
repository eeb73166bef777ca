using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Workspace;

/// <summary>The links network records keep to practices, organisations and each other.</summary>
public static class NetworkLinks
{
    /// <summary>Makes a link collection hold exactly the wanted ids: drops the others, adds the missing ones.</summary>
    public static void Sync<T>(List<T> links, IReadOnlyCollection<int> wanted, Func<T, int> key, Func<int, T> create)
    {
        links.RemoveAll(l => !wanted.Contains(key(l)));
        foreach (var id in wanted.Where(id => links.All(l => key(l) != id)))
        {
            links.Add(create(id));
        }
    }

    /// <summary>Of the given ids, those of published practices (a network record only ever points at a published practice).</summary>
    public static async Task<List<int>> PublishedPracticeIdsAsync(this AppDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Practices.Where(p => wanted.Contains(p.Id) && p.State == PracticeState.Published && p.RevisionOfId == null).Select(p => p.Id).ToListAsync(ct);
    }

    /// <summary>Of the given ids, those of organisations a record may name: approved and not merged into another.</summary>
    public static async Task<List<int>> UsableOrganisationIdsAsync(this AppDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Organisations.Where(o => wanted.Contains(o.Id) && o.IsApproved && o.MergedIntoId == null).Select(o => o.Id).ToListAsync(ct);
    }
}
