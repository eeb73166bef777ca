namespace MirpsPractices.Web.Reliability;

/// <summary>
/// A shared advisory lock on "&lt;database&gt;.lock" held by every running instance of the portal (several may share one file);
/// <c>restore</c> asks for it exclusively and so refuses to replace a database the portal has open. The operating system
/// drops the lock when the process ends, even on SIGKILL, so a crash never leaves a stale lock behind.
/// </summary>
public sealed class SqliteInstanceLock : IDisposable
{
    private FileStream? _lock;

    public static string LockPath(string databasePath) => Path.GetFullPath(databasePath) + ".lock";

    public void Acquire(string databasePath)
    {
        if (_lock is not null || databasePath is ":memory:" or "")
        {
            return;
        }
        // .NET on Unix maps FileShare.ReadWrite to a shared flock and FileShare.None to an exclusive one.
        _lock = new FileStream(LockPath(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
    }

    /// <summary>True when no running portal holds the database; the returned stream keeps it that way until disposed.</summary>
    public static bool TryAcquireExclusive(string databasePath, out FileStream? exclusive)
    {
        try
        {
            exclusive = new FileStream(LockPath(databasePath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            exclusive = null;
            return false;
        }
    }

    public void Dispose() => _lock?.Dispose();
}
