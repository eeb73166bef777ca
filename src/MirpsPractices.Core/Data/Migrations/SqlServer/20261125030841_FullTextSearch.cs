using Microsoft.EntityFrameworkCore.Migrations;
using MirpsPractices.Core.Features.Catalogue;

#nullable disable

namespace MirpsPractices.Core.Data.Migrations.SqlServer
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
                type: "nvarchar(max)",
                nullable: true);

            // Hand-written: organisation names kept by triggers, then the accent-insensitive full-text catalog and index,
            // which SQL Server refuses to create inside a transaction (docs/catalogue.md).
            migrationBuilder.Sql(FullTextSchema.SqlServer.CreatePracticeOrganisationsTrigger);
            migrationBuilder.Sql(FullTextSchema.SqlServer.CreateOrganisationsTrigger);
            migrationBuilder.Sql(FullTextSchema.SqlServer.FillNames);
            migrationBuilder.Sql(FullTextSchema.SqlServer.CreateCatalog, suppressTransaction: true);
            migrationBuilder.Sql(FullTextSchema.SqlServer.CreateIndex, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FullTextSchema.SqlServer.DropIndex, suppressTransaction: true);
            migrationBuilder.Sql(FullTextSchema.SqlServer.DropCatalog, suppressTransaction: true);
            migrationBuilder.Sql(FullTextSchema.SqlServer.DropTriggers);

            migrationBuilder.DropColumn(
                name: "SearchOrganisationNames",
                table: "Practices");
        }
    }
}
