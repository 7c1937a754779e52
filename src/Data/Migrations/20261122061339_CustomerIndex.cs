using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.src.Data.Migrations
{
    /// <inheritdoc />
    public partial class CustomerIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DealershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastActivityUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RecordCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndexedCustomers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceRef = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Vendor = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConnectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    DealershipId = table.Column<int>(type: "INTEGER", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", nullable: true),
                    LastName = table.Column<string>(type: "TEXT", nullable: true),
                    CompanyName = table.Column<string>(type: "TEXT", nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    Emails = table.Column<string>(type: "TEXT", nullable: false),
                    Phones = table.Column<string>(type: "TEXT", nullable: false),
                    Vins = table.Column<string>(type: "TEXT", nullable: false),
                    ForeignIds = table.Column<string>(type: "TEXT", nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", nullable: true),
                    City = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", nullable: true),
                    DateOfBirthHash = table.Column<string>(type: "TEXT", nullable: true),
                    LicenceHash = table.Column<string>(type: "TEXT", nullable: true),
                    LastModifiedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    VersionToken = table.Column<string>(type: "TEXT", nullable: true),
                    Disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoNotContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    MergedIntoExternalId = table.Column<string>(type: "TEXT", nullable: true),
                    Deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false),
                    IndexedUtc = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkScore = table.Column<double>(type: "REAL", nullable: false),
                    LinkRules = table.Column<string>(type: "TEXT", nullable: false),
                    LinkStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexedCustomers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndexedCustomers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedCustomers_DateOfBirthHash",
                table: "IndexedCustomers",
                column: "DateOfBirthHash");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedCustomers_DealershipId_LastModifiedUtc",
                table: "IndexedCustomers",
                columns: new[] { "DealershipId", "LastModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_IndexedCustomers_LicenceHash",
                table: "IndexedCustomers",
                column: "LicenceHash");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedCustomers_PersonId",
                table: "IndexedCustomers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_IndexedCustomers_SourceRef",
                table: "IndexedCustomers",
                column: "SourceRef",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_DealershipId_DisplayName",
                table: "People",
                columns: new[] { "DealershipId", "DisplayName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndexedCustomers");

            migrationBuilder.DropTable(
                name: "People");
        }
    }
}
