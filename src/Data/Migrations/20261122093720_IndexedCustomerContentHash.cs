using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.src.Data.Migrations
{
    /// <inheritdoc />
    public partial class IndexedCustomerContentHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ContentHash",
                table: "IndexedCustomers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentHash",
                table: "IndexedCustomers");
        }
    }
}
