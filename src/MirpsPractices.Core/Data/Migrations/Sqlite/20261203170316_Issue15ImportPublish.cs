using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MirpsPractices.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue15ImportPublish : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "ImportBatches",
                type: "TEXT",
                maxLength: 450,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "ImportBatches");
        }
    }
}
