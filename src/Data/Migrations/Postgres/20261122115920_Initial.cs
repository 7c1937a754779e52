using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Portal.src.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NormalizedName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    MyKaarmaUserUuid = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSignInUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UserName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NormalizedUserName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    TimestampUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ActorName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ActorRoles = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DealershipId = table.Column<int>(type: "integer", nullable: true),
                    Action = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TargetType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TargetId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TargetDisplay = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Changes = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Detail = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CorrelationId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClientAddress = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserAgent = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PreviousHash = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Hash = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "Dealerships",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    TimeZoneId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dealerships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DealershipId = table.Column<int>(type: "integer", nullable: false),
                    SourceRefA = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SourceRefB = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DecidedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkDecisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DisplayName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SortName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DealershipId = table.Column<int>(type: "integer", nullable: false),
                    LastActivityUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RecordCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SyncRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConnectionId = table.Column<int>(type: "integer", nullable: false),
                    DealershipId = table.Column<int>(type: "integer", nullable: false),
                    Vendor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Trigger = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    StartedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Read = table.Column<int>(type: "integer", nullable: false),
                    Written = table.Column<int>(type: "integer", nullable: false),
                    Errors = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SyncRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Connections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Vendor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DealershipId = table.Column<int>(type: "integer", nullable: false),
                    BaseUrl = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SettingsJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SealedSecrets = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    ConfigKey = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Connections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Connections_Dealerships_DealershipId",
                        column: x => x.DealershipId,
                        principalTable: "Dealerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserDealerships",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DealershipId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserDealerships", x => new { x.UserId, x.DealershipId });
                    table.ForeignKey(
                        name: "FK_UserDealerships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserDealerships_Dealerships_DealershipId",
                        column: x => x.DealershipId,
                        principalTable: "Dealerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndexedCustomers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceRef = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Vendor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConnectionId = table.Column<int>(type: "integer", nullable: false),
                    DealershipId = table.Column<int>(type: "integer", nullable: false),
                    ExternalId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FirstName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LastName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CompanyName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DisplayName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Emails = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Phones = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Vins = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ForeignIds = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SearchText = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    AddressLine1 = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    City = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    State = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PostalCode = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DateOfBirthHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LicenceHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    LastModifiedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VersionToken = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Disabled = table.Column<bool>(type: "boolean", nullable: false),
                    DoNotContact = table.Column<bool>(type: "boolean", nullable: false),
                    MergedIntoExternalId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Deleted = table.Column<bool>(type: "boolean", nullable: false),
                    SnapshotJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ContentHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IndexedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PersonId = table.Column<long>(type: "bigint", nullable: false),
                    LinkScore = table.Column<double>(type: "double precision", nullable: false),
                    LinkRules = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LinkStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LinkPending = table.Column<bool>(type: "boolean", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "DataRequestItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConnectionId = table.Column<int>(type: "integer", nullable: false),
                    DealershipId = table.Column<int>(type: "integer", nullable: false),
                    DepartmentUuid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RequestUuid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ItemUuid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ViewRequestToken = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CustomerExternalId = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CustomerName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Vehicle = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Type = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Description = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    ApprovalNeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Approvers = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RequestedByUserUuid = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    RequestedByName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    HasFile = table.Column<bool>(type: "boolean", nullable: false),
                    HasText = table.Column<bool>(type: "boolean", nullable: false),
                    FileUrl = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ReviewsJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ReviewCount = table.Column<int>(type: "integer", nullable: false),
                    RequestedUtc = table.Column<long>(type: "bigint", nullable: false),
                    FirstSeenUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "SyncCheckpoints",
                columns: table => new
                {
                    ConnectionId = table.Column<int>(type: "integer", nullable: false),
                    Cursor = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UpdatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                name: "CustomerMatchKeys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CustomerId = table.Column<long>(type: "bigint", nullable: false),
                    DealershipId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                name: "DataRequestDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<long>(type: "bigint", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IdempotencyKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DeciderUserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    DeciderName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ReviewerUserUuid = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ReviewerName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IsOverride = table.Column<bool>(type: "boolean", nullable: false),
                    OverrideReason = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CreatedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Action_Sequence",
                table: "AuditEntries",
                columns: new[] { "Action", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorId_Sequence",
                table: "AuditEntries",
                columns: new[] { "ActorId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_DealershipId_Sequence",
                table: "AuditEntries",
                columns: new[] { "DealershipId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Outcome_Sequence",
                table: "AuditEntries",
                columns: new[] { "Outcome", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TargetType_TargetId_Sequence",
                table: "AuditEntries",
                columns: new[] { "TargetType", "TargetId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TimestampUtc",
                table: "AuditEntries",
                column: "TimestampUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Connections_ConfigKey",
                table: "Connections",
                column: "ConfigKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Connections_DealershipId_Name",
                table: "Connections",
                columns: new[] { "DealershipId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomerMatchKeys_CustomerId",
                table: "CustomerMatchKeys",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerMatchKeys_DealershipId_Key",
                table: "CustomerMatchKeys",
                columns: new[] { "DealershipId", "Key" });

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

            migrationBuilder.CreateIndex(
                name: "IX_Dealerships_Name",
                table: "Dealerships",
                column: "Name",
                unique: true);

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
                name: "IX_IndexedCustomers_LinkPending",
                table: "IndexedCustomers",
                column: "LinkPending",
                filter: "\"LinkPending\"");

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
                name: "IX_LinkDecisions_SourceRefA_SourceRefB",
                table: "LinkDecisions",
                columns: new[] { "SourceRefA", "SourceRefB" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkDecisions_SourceRefB",
                table: "LinkDecisions",
                column: "SourceRefB");

            migrationBuilder.CreateIndex(
                name: "IX_People_DealershipId_DisplayName",
                table: "People",
                columns: new[] { "DealershipId", "DisplayName" });

            migrationBuilder.CreateIndex(
                name: "IX_People_DealershipId_SortName",
                table: "People",
                columns: new[] { "DealershipId", "SortName" });

            migrationBuilder.CreateIndex(
                name: "IX_People_SortName",
                table: "People",
                column: "SortName");

            migrationBuilder.CreateIndex(
                name: "IX_SyncRuns_ConnectionId_StartedUtc",
                table: "SyncRuns",
                columns: new[] { "ConnectionId", "StartedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SyncRuns_Status",
                table: "SyncRuns",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_UserDealerships_DealershipId",
                table: "UserDealerships",
                column: "DealershipId");

            // Provider-specific SQL, kept with its feature: full-text search, then the audit log's append-only guards.
            migrationBuilder.Sql(Portal.Features.Customers.Search.CustomerSearchPostgresSql.Up);
            migrationBuilder.Sql(Portal.Features.Audit.AuditSql.Postgres.CreateGuards);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Portal.Features.Audit.AuditSql.Postgres.DropGuards);
            migrationBuilder.Sql(Portal.Features.Customers.Search.CustomerSearchPostgresSql.Down);

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CustomerMatchKeys");

            migrationBuilder.DropTable(
                name: "DataRequestDecisions");

            migrationBuilder.DropTable(
                name: "LinkDecisions");

            migrationBuilder.DropTable(
                name: "SyncCheckpoints");

            migrationBuilder.DropTable(
                name: "SyncRuns");

            migrationBuilder.DropTable(
                name: "UserDealerships");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "IndexedCustomers");

            migrationBuilder.DropTable(
                name: "DataRequestItems");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Connections");

            migrationBuilder.DropTable(
                name: "Dealerships");
        }
    }
}
