using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MirpsPractices.Core.Data.Migrations.SqlServer
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
                type: "nvarchar(450)",
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
