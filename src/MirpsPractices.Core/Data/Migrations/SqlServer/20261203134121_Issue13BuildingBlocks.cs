using Microsoft.EntityFrameworkCore.Migrations;
using MirpsPractices.Core.Features.Reuse;

#nullable disable

namespace MirpsPractices.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Issue13BuildingBlocks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PracticeBuildingBlocks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PracticeId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EnablingFactors = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    TransferConditions = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ActorTypeCodes = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeBuildingBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeBuildingBlocks_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeBuildingBlocks_PracticeId_Position",
                table: "PracticeBuildingBlocks",
                columns: new[] { "PracticeId", "Position" },
                unique: true);

            // Hand-written full-text index over the blocks (kept outside Migrations, see BuildingBlockFullText).
            migrationBuilder.Sql(BuildingBlockFullText.SqlServer.CreateIndex, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(BuildingBlockFullText.SqlServer.DropIndex, suppressTransaction: true);

            migrationBuilder.DropTable(
                name: "PracticeBuildingBlocks");
        }
    }
}
