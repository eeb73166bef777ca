using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MirpsPractices.Core.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Issue14CommitmentProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ParentCommitmentId",
                table: "Commitments",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Percent",
                table: "Commitments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RollUp",
                table: "Commitments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StageReason",
                table: "Commitments",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Weight",
                table: "Commitments",
                type: "int",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Percent",
                table: "CommitmentProgressNote",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "CommitmentProgressNote",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(CommitmentProgressBackfill.Sql);

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_ParentCommitmentId",
                table: "Commitments",
                column: "ParentCommitmentId");

            migrationBuilder.AddForeignKey(
                name: "FK_Commitments_Commitments_ParentCommitmentId",
                table: "Commitments",
                column: "ParentCommitmentId",
                principalTable: "Commitments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Commitments_Commitments_ParentCommitmentId",
                table: "Commitments");

            migrationBuilder.DropIndex(
                name: "IX_Commitments_ParentCommitmentId",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "ParentCommitmentId",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "Percent",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "RollUp",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "StageReason",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "Weight",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "Percent",
                table: "CommitmentProgressNote");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "CommitmentProgressNote");
        }
    }
}
