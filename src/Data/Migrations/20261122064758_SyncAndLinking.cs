using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.src.Data.Migrations
{
    /// <inheritdoc />
    public partial class SyncAndLinking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "LinkPending",
                table: "IndexedCustomers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CustomerMatchKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<long>(type: "INTEGER", nullable: false),
                    DealershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerMatchKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerMatchKeys_IndexedCustomers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "IndexedCustomers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LinkDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DealershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceRefA = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SourceRefB = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SyncCheckpoints",
                columns: table => new
                {
                    ConnectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Cursor = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncCheckpoints", x => x.ConnectionId);
                    table.ForeignKey(
                        name: "FK_SyncCheckpoints_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SyncRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConnectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DealershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StartedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    EndedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Read = table.Column<int>(type: "INTEGER", nullable: false),
                    Written = table.Column<int>(type: "INTEGER", nullable: false),
                    Errors = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedCustomers_LinkPending",
                table: "IndexedCustomers",
                column: "LinkPending",
                filter: "\"LinkPending\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerMatchKeys_CustomerId",
                table: "CustomerMatchKeys",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerMatchKeys_DealershipId_Key",
                table: "CustomerMatchKeys",
                columns: new[] { "DealershipId", "Key" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkDecisions_SourceRefA_SourceRefB",
                table: "LinkDecisions",
                columns: new[] { "SourceRefA", "SourceRefB" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkDecisions_SourceRefB",
                table: "LinkDecisions",
                column: "SourceRefB");

            migrationBuilder.CreateIndex(
                name: "IX_SyncRuns_ConnectionId_StartedUtc",
                table: "SyncRuns",
                columns: new[] { "ConnectionId", "StartedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SyncRuns_Status",
                table: "SyncRuns",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomerMatchKeys");

            migrationBuilder.DropTable(
                name: "LinkDecisions");

            migrationBuilder.DropTable(
                name: "SyncCheckpoints");

            migrationBuilder.DropTable(
                name: "SyncRuns");

            migrationBuilder.DropIndex(
                name: "IX_IndexedCustomers_LinkPending",
                table: "IndexedCustomers");

            migrationBuilder.DropColumn(
                name: "LinkPending",
                table: "IndexedCustomers");
        }
    }
}
