using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MirpsPractices.Core.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Percent",
                table: "Commitments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RollUp",
                table: "Commitments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "StageReason",
                table: "Commitments",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Weight",
                table: "Commitments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "Percent",
                table: "CommitmentProgressNote",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "CommitmentProgressNote",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

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
