namespace MirpsPractices.Core.Data;

/// <summary>
/// Hand-written SQL of the Issue14CommitmentProgress migration, kept outside the migrations so a regenerated
/// migration can call it again. Notes written before stages were recorded take their commitment's current stage
/// (the best that is known of them), and fulfilled commitments are at 100 %. Brackets: PERCENT is a T-SQL keyword;
/// SQLite reads them too.
/// </summary>
public static class CommitmentProgressBackfill
{
    public const string Sql = """
        UPDATE CommitmentProgressNote SET Status = (SELECT c.Status FROM Commitments c WHERE c.Id = CommitmentProgressNote.CommitmentId);
        UPDATE Commitments SET [Percent] = 100 WHERE Status = 'Fulfilled';
        UPDATE CommitmentProgressNote SET [Percent] = 100 WHERE Status = 'Fulfilled';
        """;
}
