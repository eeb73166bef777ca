using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Core.Features.Translations;

/// <summary>
/// Hand-written SQL of the full-text index over reviewed translations (RecordTranslations.SearchText), used by the
/// Issue12Translations migrations. The catalogue's search unions its matches with those of the practices' own index
/// (<see cref="CatalogueSearch.Hits"/>), so a Spanish practice is found by the words of its reviewed English translation.
/// </summary>
public static class TranslationFullText
{
    public static class Sqlite
    {
        public const string Table = "RecordTranslationsFts";
        private const string InsertTrigger = "TR_RecordTranslations_Fts_Insert";
        private const string UpdateTrigger = "TR_RecordTranslations_Fts_Update";
        private const string DeleteTrigger = "TR_RecordTranslations_Fts_Delete";

        /// <summary>Same tokenizer as the practices' index: accent- and case-insensitive, prefix indexes for 2 and 3 characters.</summary>
        public const string Create =
            $"""
            CREATE VIRTUAL TABLE IF NOT EXISTS {Table} USING fts5(SearchText, content='RecordTranslations', content_rowid='Id',
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
            DROP TRIGGER IF EXISTS {InsertTrigger};
            DROP TRIGGER IF EXISTS {UpdateTrigger};
            DROP TRIGGER IF EXISTS {DeleteTrigger};
            CREATE TRIGGER {InsertTrigger} AFTER INSERT ON RecordTranslations BEGIN
                INSERT INTO {Table}(rowid, SearchText) VALUES (new.Id, new.SearchText);
            END;
            CREATE TRIGGER {DeleteTrigger} AFTER DELETE ON RecordTranslations BEGIN
                INSERT INTO {Table}({Table}, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
            END;
            CREATE TRIGGER {UpdateTrigger} AFTER UPDATE OF SearchText ON RecordTranslations BEGIN
                INSERT INTO {Table}({Table}, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
                INSERT INTO {Table}(rowid, SearchText) VALUES (new.Id, new.SearchText);
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
            "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'[RecordTranslations]')) " +
            "CREATE FULLTEXT INDEX ON [RecordTranslations] ([SearchText] LANGUAGE 0) " +
            $"KEY INDEX [PK_RecordTranslations] ON [{FullTextSchema.SqlServer.Catalog}] WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF);";

        public const string DropIndex =
            "IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'[RecordTranslations]')) DROP FULLTEXT INDEX ON [RecordTranslations];";
    }
}
