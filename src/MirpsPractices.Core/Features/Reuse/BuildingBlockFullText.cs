using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Core.Features.Reuse;

/// <summary>
/// Hand-written SQL of the full-text index over building blocks (title, what it is, enabling factors, conditions for
/// transfer), used by the Issue13BuildingBlocks migrations. The catalogue's search unions its matches with those of the
/// practices' own index (<see cref="CatalogueSearch.Hits"/>), so a practice is found by the words of its blocks.
/// <para>
/// Trap (SQLite), as for the practices' index: a later migration that makes EF Core rebuild the PracticeBuildingBlocks
/// table drops these triggers silently; it must end with <c>migrationBuilder.Sql(BuildingBlockFullText.Sqlite.Create)</c>
/// (idempotent: it drops and re-creates the triggers and rebuilds the index).
/// </para>
/// </summary>
public static class BuildingBlockFullText
{
    public static class Sqlite
    {
        public const string Table = "PracticeBuildingBlocksFts";
        public const string InsertTrigger = "TR_PracticeBuildingBlocks_Fts_Insert";
        public const string UpdateTrigger = "TR_PracticeBuildingBlocks_Fts_Update";
        public const string DeleteTrigger = "TR_PracticeBuildingBlocks_Fts_Delete";

        private const string Columns = "Title, Description, EnablingFactors, TransferConditions";
        private const string NewValues = "new.Title, new.Description, new.EnablingFactors, new.TransferConditions";
        private const string OldValues = "old.Title, old.Description, old.EnablingFactors, old.TransferConditions";

        /// <summary>Same tokenizer as the practices' index: accent- and case-insensitive, prefix indexes for 2 and 3 characters.</summary>
        public const string Create =
            $"""
            CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5({Columns}, content='PracticeBuildingBlocks', content_rowid='Id',
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
            DROP TRIGGER IF EXISTS {InsertTrigger};
            DROP TRIGGER IF EXISTS {UpdateTrigger};
            DROP TRIGGER IF EXISTS {DeleteTrigger};
            CREATE TRIGGER {InsertTrigger} AFTER INSERT ON PracticeBuildingBlocks BEGIN
                INSERT INTO {Table}(rowid, {Columns}) VALUES (new.Id, {NewValues});
            END;
            CREATE TRIGGER {DeleteTrigger} AFTER DELETE ON PracticeBuildingBlocks BEGIN
                INSERT INTO {Table}({Table}, rowid, {Columns}) VALUES ('delete', old.Id, {OldValues});
            END;
            CREATE TRIGGER {UpdateTrigger} AFTER UPDATE OF {Columns} ON PracticeBuildingBlocks BEGIN
                INSERT INTO {Table}({Table}, rowid, {Columns}) VALUES ('delete', old.Id, {OldValues});
                INSERT INTO {Table}(rowid, {Columns}) VALUES (new.Id, {NewValues});
            END;
            INSERT INTO {Table}({Table}) VALUES ('rebuild');
            """;

        public const string Drop =
            $"""
            DROP TRIGGER IF EXISTS {InsertTrigger};
            DROP TRIGGER IF EXISTS {UpdateTrigger};
            DROP TRIGGER IF EXISTS {DeleteTrigger};
            DROP TABLE IF EXISTS {Table};
            """;
    }

    public static class SqlServer
    {
        /// <summary>In the catalogue's accent-insensitive catalog (created by FullTextSearch); cannot run inside a transaction.</summary>
        public const string CreateIndex =
            "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'[PracticeBuildingBlocks]')) " +
            "CREATE FULLTEXT INDEX ON [PracticeBuildingBlocks] ([Title] LANGUAGE 0, [Description] LANGUAGE 0, [EnablingFactors] LANGUAGE 0, [TransferConditions] LANGUAGE 0) " +
            $"KEY INDEX [PK_PracticeBuildingBlocks] ON [{FullTextSchema.SqlServer.Catalog}] WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF);";

        public const string DropIndex =
            "IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'[PracticeBuildingBlocks]')) DROP FULLTEXT INDEX ON [PracticeBuildingBlocks];";
    }
}
