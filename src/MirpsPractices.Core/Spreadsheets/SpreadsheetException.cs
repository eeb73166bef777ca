namespace MirpsPractices.Core.Spreadsheets;

/// <summary>A spreadsheet that passed <see cref="UploadedFileCheck"/> but cannot be read as a table (corrupt, or over the row/column limits).</summary>
public sealed class SpreadsheetException : Exception
{
    public SpreadsheetException() { }

    public SpreadsheetException(string message) : base(message) { }

    public SpreadsheetException(string message, Exception innerException) : base(message, innerException) { }

    public SpreadsheetException(UploadProblem problem, string message, Exception? innerException = null) : base(message, innerException) =>
        Problem = problem;

    public UploadProblem Problem { get; } = UploadProblem.Unreadable;
}

/// <summary>Limits of a table read from a file: rows (including the header) and columns.</summary>
public sealed record TableLimits(int MaxRows, int MaxColumns)
{
    public static TableLimits Default { get; } = new(20_001, 200);
}

/// <summary>Reads a checked upload as rows of strings, whichever its kind.</summary>
public static class SpreadsheetReader
{
    /// <summary>Rows of cells as text; row i is the file's row i + 1 (empty rows are kept so row numbers match what people see).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Read(byte[] content, UploadKind kind, TableLimits? limits = null) => kind switch
    {
        UploadKind.Csv => CsvReader.Read(content, limits),
        UploadKind.Xlsx => XlsxReader.ReadFirstSheet(content, limits),
        _ => throw new SpreadsheetException(UploadProblem.UnsupportedType, "Not a spreadsheet."),
    };
}
