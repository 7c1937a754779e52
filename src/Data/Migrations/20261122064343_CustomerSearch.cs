using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Features.Customers.Search;

#nullable disable

namespace Portal.src.Data.Migrations
{
    /// <inheritdoc />
    public partial class CustomerSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "People",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "IndexedCustomers",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_People_DealershipId_SortName",
                table: "People",
                columns: new[] { "DealershipId", "SortName" });

            migrationBuilder.CreateIndex(
                name: "IX_People_SortName",
                table: "People",
                column: "SortName");

            // The full-text index, its triggers and the activity indexes: provider-specific, kept in one file.
            migrationBuilder.Sql(CustomerSearchSql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CustomerSearchSql.Down);

            migrationBuilder.DropIndex(
                name: "IX_People_DealershipId_SortName",
                table: "People");

            migrationBuilder.DropIndex(
                name: "IX_People_SortName",
                table: "People");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "People");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "IndexedCustomers");
        }
    }
}
