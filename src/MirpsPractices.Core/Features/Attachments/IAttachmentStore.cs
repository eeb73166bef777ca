using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Attachments;

/// <summary>Where attachment bytes live. The default keeps them in the database so every web instance sees the same files.</summary>
public interface IAttachmentStore
{
    /// <summary>Adds the bytes to the current unit of work under a new key; they are written with the caller's SaveChanges.</summary>
    Task<string> AddAsync(byte[] content, CancellationToken cancellationToken);

    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the bytes within the current unit of work.</summary>
    Task RemoveAsync(string key, CancellationToken cancellationToken);
}

public sealed class DatabaseAttachmentStore(AppDbContext db) : IAttachmentStore
{
    public Task<string> AddAsync(byte[] content, CancellationToken cancellationToken)
    {
        var key = Guid.NewGuid().ToString("N");
        db.StoredFiles.Add(new StoredFile { Key = key, Content = content });
        return Task.FromResult(key);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken) =>
        await db.StoredFiles.Where(f => f.Key == key).Select(f => f.Content).SingleOrDefaultAsync(cancellationToken);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var file = await db.StoredFiles.AsTracking().SingleOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (file is not null)
        {
            db.StoredFiles.Remove(file);
        }
    }
}
