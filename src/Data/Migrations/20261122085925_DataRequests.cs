using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.src.Data.Migrations
{
    /// <inheritdoc />
    public partial class DataRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataRequestItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConnectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DealershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentUuid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestUuid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemUuid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ViewRequestToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CustomerExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CustomerName = table.Column<string>(type: "TEXT", nullable: true),
                    Vehicle = table.Column<string>(type: "TEXT", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    ApprovalNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Approvers = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedByUserUuid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RequestedByName = table.Column<string>(type: "TEXT", nullable: true),
                    HasFile = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasText = table.Column<bool>(type: "INTEGER", nullable: false),
                    FileUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSeenUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataRequestItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataRequestItems_Connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "Connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataRequestDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeciderUserId = table.Column<string>(type: "TEXT", nullable: false),
                    DeciderName = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewerUserUuid = table.Column<string>(type: "TEXT", nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", nullable: false),
                    IsOverride = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AcknowledgedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataRequestDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DataRequestDecisions_DataRequestItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "DataRequestItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DataRequestDecisions_IdempotencyKey",
                table: "DataRequestDecisions",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataRequestDecisions_ItemId_Round",
                table: "DataRequestDecisions",
                columns: new[] { "ItemId", "Round" },
                unique: true,
                filter: "\"State\" <> 'Failed'");

            migrationBuilder.CreateIndex(
                name: "IX_DataRequestDecisions_State_NextAttemptUtc",
                table: "DataRequestDecisions",
                columns: new[] { "State", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DataRequestItems_ConnectionId_ItemUuid",
                table: "DataRequestItems",
                columns: new[] { "ConnectionId", "ItemUuid" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataRequestItems_DealershipId_Status_RequestedUtc",
                table: "DataRequestItems",
                columns: new[] { "DealershipId", "Status", "RequestedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataRequestDecisions");

            migrationBuilder.DropTable(
                name: "DataRequestItems");
        }
    }
}
