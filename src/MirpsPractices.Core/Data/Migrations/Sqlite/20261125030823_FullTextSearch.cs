using Microsoft.EntityFrameworkCore.Migrations;
using MirpsPractices.Core.Features.Catalogue;

#nullable disable

namespace MirpsPractices.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FullTextSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchOrganisationNames",
                table: "Practices",
                type: "TEXT",
                nullable: true);

            // Hand-written: the FTS5 index of the public catalogue, its sync triggers and a first build (docs/catalogue.md).
            migrationBuilder.Sql(FullTextSchema.Sqlite.CreateTable);
            migrationBuilder.Sql(FullTextSchema.Sqlite.CreateTriggers);
            migrationBuilder.Sql(FullTextSchema.Sqlite.Rebuild);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FullTextSchema.Sqlite.Drop);

            migrationBuilder.DropColumn(
                name: "SearchOrganisationNames",
                table: "Practices");
        }
    }
}
