using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Core.Features.Translations;

namespace MirpsPractices.UnitTests.Translations;

/// <summary>Issue 13: a practice's building blocks are fields of its translation, keyed by the block's position.</summary>
public sealed class BlockTranslationFieldsTests
{
    private static readonly DateTime Monday = new(2025, 8, 18, 10, 0, 0, DateTimeKind.Utc);

    private static Practice APracticeWithBlocks() => new()
    {
        SubmitterId = "author",
        Title = "Ventanilla única de empleo",
        Summary = "Un solo lugar para buscar empleo.",
        BuildingBlocks =
        [
            new PracticeBuildingBlock { Position = 2, Title = "Sello", Description = "Un distintivo.", EnablingFactors = "", TransferConditions = "Un comité." },
            new PracticeBuildingBlock { Position = 1, Title = "Ventanilla", Description = "Una oficina.", EnablingFactors = "Un convenio.", TransferConditions = "Una oficina de empleo." },
        ],
    };

    [Fact]
    public void Block_texts_are_translated_fields_in_block_order_and_empty_ones_are_left_out()
    {
        var keys = TranslatableFields.Of(APracticeWithBlocks()).Select(f => f.Key).ToList();

        Assert.Equal(
            ["Block.1.Title", "Block.1.Description", "Block.1.EnablingFactors", "Block.1.TransferConditions", "Block.2.Title", "Block.2.Description", "Block.2.TransferConditions"],
            keys.Where(k => k.StartsWith("Block.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_translation_without_the_block_fields_misses_them_and_the_reader_gets_the_original_block()
    {
        var practice = APracticeWithBlocks();
        var fields = TranslatableFields.Of(practice);
        var translation = RecordTranslation.Start(TranslatedRecordType.Practice, 5, practice.Language, "translator", Monday);
        translation.Save(new Dictionary<string, string> { [TranslatableFields.Title] = "One-stop shop", [TranslatableFields.BlockTitle(1)] = "Desk" }, fields, "translator", Monday);

        Assert.Contains(TranslatableFields.BlockDescription(1), translation.MissingFields(fields));
        Assert.DoesNotContain(TranslatableFields.BlockTitle(1), translation.MissingFields(fields));

        var reviewed = new ReviewedTranslation(RecordLanguages.English, translation.Texts, false);
        var block = TranslatedRecords.Apply(new PublicBuildingBlock(1, "Ventanilla", "Una oficina.", "Un convenio.", "Una oficina de empleo.", [ActorType.LocalGovernment]), reviewed);
        Assert.Equal("Desk", block.Title);
        Assert.Equal("Una oficina.", block.Description);
        var other = TranslatedRecords.Apply(new PublicBuildingBlock(2, "Sello", "Un distintivo.", "", "Un comité.", []), reviewed);
        Assert.Equal("Sello", other.Title);
    }
}
