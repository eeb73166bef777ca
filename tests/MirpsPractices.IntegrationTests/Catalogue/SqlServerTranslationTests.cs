using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>
/// Every catalogue query also translates for SQL Server: built against a SQL Server-configured context (no server needed),
/// rendered with ToQueryString() and parsed by ScriptDom. The full-text part must use CONTAINSTABLE, not FTS5.
/// </summary>
public sealed class SqlServerTranslationTests
{
    public static TheoryData<string> Views => new()
    {
        "",
        "q=capacitación honduras",
        "q=capacit&country=HN&country=GT&area=VocationalTraining&actor=CentralGovernment&population=Refugees&mechanism=WorkingGroup&status=Ongoing&year=2022&year=2023",
        "country=CR&sort=title&page=3",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void Catalogue_queries_translate_to_valid_TSql(string queryString)
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString);
        string[] Values(string key) => parsed.TryGetValue(key, out var v) ? v.OfType<string>().ToArray() : [];
        var query = CatalogueQuery.Normalise(Values("q").FirstOrDefault(), Values("country"), Values("area"), Values("actor"),
            Values("population"), Values("mechanism"), Values("status"), Values("year"), Values("sort").FirstOrDefault(),
            int.TryParse(Values("page").FirstOrDefault(), out var page) ? page : null);
        var search = new CatalogueSearch(db, TestCatalogue.Indexes());
        var records = new PracticeRecords(db, search);

        var queries = search.QueriesOf(query).Concat(records.QueriesOf(query)).ToList();

        Assert.True(queries.Count >= 13);
        foreach (var (name, queryable) in queries)
        {
            // Split queries end with a note in English after the first statement; it is not SQL.
            var sql = queryable.ToQueryString().Split("This LINQ query is being executed in split-query mode")[0];
            var errors = Parse(sql);
            Assert.True(errors.Count == 0, $"{name}:\n{sql}\n{string.Join("\n", errors)}");
            Assert.DoesNotContain("PracticesFts", sql);
            if (!query.FullText.IsEmpty && name is "count" or "ids-Relevance")
            {
                Assert.Contains("CONTAINSTABLE([Practices]", sql);
            }
        }
    }

    [Fact]
    public void Full_text_migration_sql_parses_for_SqlServer()
    {
        foreach (var sql in new[]
        {
            FullTextSchema.SqlServer.CreateCatalog, FullTextSchema.SqlServer.CreateIndex, FullTextSchema.SqlServer.CreatePracticeOrganisationsTrigger,
            FullTextSchema.SqlServer.CreateOrganisationsTrigger, FullTextSchema.SqlServer.FillNames, FullTextSchema.SqlServer.DropIndex,
            FullTextSchema.SqlServer.DropCatalog, FullTextSchema.SqlServer.DropTriggers,
        })
        {
            Assert.Empty(Parse(sql));
        }
        // The trigger bodies inside EXEC(N'...') are real T-SQL too.
        var body = FullTextSchema.SqlServer.CreatePracticeOrganisationsTrigger;
        Assert.Empty(Parse(body[7..^3].Replace("''", "'", StringComparison.Ordinal)));
    }

    /// <summary>ToQueryString() prints raw-SQL parameters as "DECLARE p0" without the @; T-SQL needs it.</summary>
    private static List<string> Parse(string sql)
    {
        var fixedSql = System.Text.RegularExpressions.Regex.Replace(sql, @"^DECLARE (p\d+)", "DECLARE @$1", System.Text.RegularExpressions.RegexOptions.Multiline);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(fixedSql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }
}
