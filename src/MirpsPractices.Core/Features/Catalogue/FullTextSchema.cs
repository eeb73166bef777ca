namespace MirpsPractices.Core.Features.Catalogue;

/// <summary>
/// The provider-specific SQL of the catalogue's full-text index, used by the FullTextSearch migrations.
/// Indexed: title, summary, description, lessons learned and the names (and acronyms) of the participating organisations,
/// which database triggers denormalise into Practices.SearchOrganisationNames on both providers.
/// <para>
/// Trap (SQLite): a later migration that makes EF Core rebuild the Practices table (many column changes do) silently drops
/// the triggers on it. Such a migration must end with <c>migrationBuilder.Sql(FullTextSchema.Sqlite.Recreate)</c>;
/// the test FullTextIndexSyncTests proves the index stays in sync after all migrations.
/// </para>
/// </summary>
public static class FullTextSchema
{
    public const string OrganisationNamesColumn = "SearchOrganisationNames";
    public const string PracticeOrganisationsTrigger = "TR_PracticeOrganisations_SearchNames";
    public const string OrganisationsTrigger = "TR_Organisations_SearchNames";

    public static class Sqlite
    {
        public const string Table = "PracticesFts";
        public const string PracticesInsertTrigger = "TR_Practices_Fts_Insert";
        public const string PracticesUpdateTrigger = "TR_Practices_Fts_Update";
        public const string PracticesDeleteTrigger = "TR_Practices_Fts_Delete";

        private const string Columns = "Title, Summary, Description, LessonsLearned, SearchOrganisationNames";
        private const string NewValues = "new.Title, new.Summary, new.Description, new.LessonsLearned, new.SearchOrganisationNames";
        private const string OldValues = "old.Title, old.Summary, old.Description, old.LessonsLearned, old.SearchOrganisationNames";

        private static string NamesOf(string practiceId) =>
            "(SELECT group_concat(o.Name || coalesce(' ' || o.Acronym, ''), ' ') FROM PracticeOrganisations po " +
            $"JOIN Organisations o ON o.Id = po.OrganisationId WHERE po.PracticeId = {practiceId})";

        /// <summary>External-content FTS5 table: accent- and case-insensitive (unicode61 remove_diacritics 2), prefix indexes for 2 and 3 characters.</summary>
        public const string CreateTable =
            $"CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5({Columns}, content='Practices', content_rowid='Id', " +
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');";

        public static string CreateTriggers =>
            $"""
            DROP TRIGGER IF EXISTS {PracticesInsertTrigger};
            DROP TRIGGER IF EXISTS {PracticesDeleteTrigger};
            DROP TRIGGER IF EXISTS {PracticesUpdateTrigger};
            DROP TRIGGER IF EXISTS {PracticeOrganisationsTrigger}_Insert;
            DROP TRIGGER IF EXISTS {PracticeOrganisationsTrigger}_Delete;
            DROP TRIGGER IF EXISTS {OrganisationsTrigger};
            CREATE TRIGGER {PracticesInsertTrigger} AFTER INSERT ON Practices BEGIN
                INSERT INTO {Table}(rowid, {Columns}) VALUES (new.Id, {NewValues});
            END;
            CREATE TRIGGER {PracticesDeleteTrigger} AFTER DELETE ON Practices BEGIN
                INSERT INTO {Table}({Table}, rowid, {Columns}) VALUES ('delete', old.Id, {OldValues});
            END;
            CREATE TRIGGER {PracticesUpdateTrigger} AFTER UPDATE OF {Columns} ON Practices BEGIN
                INSERT INTO {Table}({Table}, rowid, {Columns}) VALUES ('delete', old.Id, {OldValues});
                INSERT INTO {Table}(rowid, {Columns}) VALUES (new.Id, {NewValues});
            END;
            CREATE TRIGGER {PracticeOrganisationsTrigger}_Insert AFTER INSERT ON PracticeOrganisations BEGIN
                UPDATE Practices SET SearchOrganisationNames = {NamesOf("new.PracticeId")} WHERE Id = new.PracticeId;
            END;
            CREATE TRIGGER {PracticeOrganisationsTrigger}_Delete AFTER DELETE ON PracticeOrganisations BEGIN
                UPDATE Practices SET SearchOrganisationNames = {NamesOf("old.PracticeId")} WHERE Id = old.PracticeId;
            END;
            CREATE TRIGGER {OrganisationsTrigger} AFTER UPDATE OF Name, Acronym ON Organisations BEGIN
                UPDATE Practices SET SearchOrganisationNames = {NamesOf("Practices.Id")}
                WHERE Id IN (SELECT PracticeId FROM PracticeOrganisations WHERE OrganisationId = new.Id);
            END;
            """;

        /// <summary>Fills the denormalised names, then rebuilds the index from the content table.</summary>
        public static string Rebuild =>
            $"""
            UPDATE Practices SET SearchOrganisationNames = {NamesOf("Practices.Id")};
            INSERT INTO {Table}({Table}) VALUES ('rebuild');
            """;

        /// <summary>What a migration that rebuilt the Practices table must run at its end.</summary>
        public static string Recreate => CreateTable + "\n" + CreateTriggers + "\n" + Rebuild;

        public static string Drop =>
            $"""
            DROP TRIGGER IF EXISTS {PracticesInsertTrigger};
            DROP TRIGGER IF EXISTS {PracticesDeleteTrigger};
            DROP TRIGGER IF EXISTS {PracticesUpdateTrigger};
            DROP TRIGGER IF EXISTS {PracticeOrganisationsTrigger}_Insert;
            DROP TRIGGER IF EXISTS {PracticeOrganisationsTrigger}_Delete;
            DROP TRIGGER IF EXISTS {OrganisationsTrigger};
            DROP TABLE IF EXISTS {Table};
            """;
    }

    public static class SqlServer
    {
        public const string Catalog = "MirpsCatalogue";

        private const string NamesOfP =
            "(SELECT STRING_AGG(CAST(CONCAT(o.[Name], N' ' + o.[Acronym]) AS nvarchar(max)), N' ') FROM [PracticeOrganisations] AS po " +
            "INNER JOIN [Organisations] AS o ON o.[Id] = po.[OrganisationId] WHERE po.[PracticeId] = p.[Id])";

        /// <summary>Accent-insensitive catalog; cannot run inside a transaction (suppressTransaction: true).</summary>
        public const string CreateCatalog =
            $"IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'{Catalog}') CREATE FULLTEXT CATALOG [{Catalog}] WITH ACCENT_SENSITIVITY = OFF;";

        /// <summary>Neutral word breaker (LANGUAGE 0) because records are in Spanish or English; no stoplist, like FTS5.</summary>
        public const string CreateIndex =
            "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'[Practices]')) " +
            "CREATE FULLTEXT INDEX ON [Practices] ([Title] LANGUAGE 0, [Summary] LANGUAGE 0, [Description] LANGUAGE 0, " +
            "[LessonsLearned] LANGUAGE 0, [SearchOrganisationNames] LANGUAGE 0) " +
            $"KEY INDEX [PK_Practices] ON [{Catalog}] WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF);";

        // CREATE TRIGGER must be alone in its batch: EXEC keeps it valid inside the idempotent script's IF blocks.
        public static string CreatePracticeOrganisationsTrigger => Exec(
            $"CREATE TRIGGER [{PracticeOrganisationsTrigger}] ON [PracticeOrganisations] AFTER INSERT, UPDATE, DELETE AS " +
            "BEGIN SET NOCOUNT ON; " +
            $"UPDATE p SET p.[SearchOrganisationNames] = {NamesOfP} FROM [Practices] AS p " +
            "WHERE p.[Id] IN (SELECT [PracticeId] FROM inserted UNION SELECT [PracticeId] FROM deleted); END");

        public static string CreateOrganisationsTrigger => Exec(
            $"CREATE TRIGGER [{OrganisationsTrigger}] ON [Organisations] AFTER UPDATE AS " +
            "BEGIN SET NOCOUNT ON; IF NOT (UPDATE([Name]) OR UPDATE([Acronym])) RETURN; " +
            $"UPDATE p SET p.[SearchOrganisationNames] = {NamesOfP} FROM [Practices] AS p " +
            "WHERE p.[Id] IN (SELECT po.[PracticeId] FROM [PracticeOrganisations] AS po INNER JOIN inserted AS i ON i.[Id] = po.[OrganisationId]); END");

        private static string Exec(string statement) => "EXEC(N'" + statement.Replace("'", "''", StringComparison.Ordinal) + "');";

        public const string FillNames = $"UPDATE p SET p.[SearchOrganisationNames] = {NamesOfP} FROM [Practices] AS p;";

        public const string DropIndex =
            "IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'[Practices]')) DROP FULLTEXT INDEX ON [Practices];";

        public const string DropCatalog =
            $"IF EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'{Catalog}') DROP FULLTEXT CATALOG [{Catalog}];";

        public const string DropTriggers =
            $"DROP TRIGGER IF EXISTS [{PracticeOrganisationsTrigger}]; DROP TRIGGER IF EXISTS [{OrganisationsTrigger}];";
    }
}
