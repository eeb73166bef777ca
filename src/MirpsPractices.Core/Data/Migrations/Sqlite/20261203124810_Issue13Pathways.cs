using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MirpsPractices.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue13Pathways : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReplicationPathways",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromPracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToPracticeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TargetCountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    TargetLocality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplicationPathways", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReplicationPathways_Commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplicationPathways_Countries_TargetCountryCode",
                        column: x => x.TargetCountryCode,
                        principalTable: "Countries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplicationPathways_Practices_FromPracticeId",
                        column: x => x.FromPracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplicationPathways_Practices_ToPracticeId",
                        column: x => x.ToPracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReplicationPathways_CommitmentId",
                table: "ReplicationPathways",
                column: "CommitmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReplicationPathways_FromPracticeId_State",
                table: "ReplicationPathways",
                columns: new[] { "FromPracticeId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ReplicationPathways_State",
                table: "ReplicationPathways",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_ReplicationPathways_TargetCountryCode",
                table: "ReplicationPathways",
                column: "TargetCountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_ReplicationPathways_ToPracticeId_State",
                table: "ReplicationPathways",
                columns: new[] { "ToPracticeId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReplicationPathways");
        }
    }
}
