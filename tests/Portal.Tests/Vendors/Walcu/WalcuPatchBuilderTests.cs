using System.Text.Json.Nodes;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Tests.Vendors.Walcu;

public sealed class WalcuPatchBuilderTests
{
    private static readonly WalcuClientDto Before = new()
    {
        Id = "c1",
        Version = 4,
        UpdatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        PrimaryContact = new WalcuContactPersonDto
        {
            Id = "p1",
            Name = new WalcuPersonNameDto { FirstName = "Liz", LastName = "Nuñez" },
            Emails = ["liz@example.com"],
            Phones = ["+1 917 555 0181"],
        },
        ForeignIds = ["guardant:1"],
        ContactsEmails = ["liz@example.com"],
    };

    [Fact]
    public void Build_NothingChanged_OnlyTheVersionTest()
    {
        var patch = WalcuPatchBuilder.Build(Before, Before with { });

        Assert.Equal("""[{"op":"test","path":"/__v","value":4}]""", patch.ToJsonString());
        Assert.False(WalcuPatchBuilder.HasChanges(patch));
    }

    [Fact]
    public void Build_OneNestedFieldChanged_ReplacesOnlyThatPath()
    {
        var after = Before with { PrimaryContact = Before.PrimaryContact! with { Name = Before.PrimaryContact.Name! with { FirstName = "Elizabeth" } } };

        var patch = WalcuPatchBuilder.Build(Before, after);

        Assert.Equal("""[{"op":"test","path":"/__v","value":4},{"op":"replace","path":"/primary_contact/name/first_name","value":"Elizabeth"}]""", patch.ToJsonString());
    }

    [Fact]
    public void Build_ListChanged_ReplacesTheWholeList()
    {
        var after = Before with { PrimaryContact = Before.PrimaryContact! with { Emails = ["liz@example.com", "e.nunez@example.org"] } };

        var ops = WalcuPatchBuilder.Build(Before, after).Skip(1).ToList();

        var op = Assert.Single(ops);
        Assert.Equal("""{"op":"replace","path":"/primary_contact/emails","value":["liz@example.com","e.nunez@example.org"]}""", op?.ToJsonString());
    }

    [Fact]
    public void Build_FieldClearedAndFieldAdded_RemoveAndAdd()
    {
        var after = Before with
        {
            ForeignIds = null,
            Address = new WalcuAddressDto { Locality = "Tampa", PostalCode = "33602" },
        };

        var ops = WalcuPatchBuilder.Build(Before, after).Skip(1).Select(o => o?.ToJsonString()).ToList();

        Assert.Equal(
        [
            """{"op":"remove","path":"/foreign_ids"}""",
            """{"op":"add","path":"/address","value":{"postal_code":"33602","locality":"Tampa"}}""",
        ], ops);
    }

    [Fact]
    public void Build_ServerOwnedFieldsChanged_AreNeverWritten()
    {
        var after = Before with
        {
            Version = 9,
            UpdatedAt = DateTimeOffset.UnixEpoch,
            ContactsEmails = ["other@example.com"],
            Computed = new JsonObject { ["number_of_notes"] = 3 },
            PrimaryContact = Before.PrimaryContact! with { Id = "changed" },
        };

        Assert.False(WalcuPatchBuilder.HasChanges(WalcuPatchBuilder.Build(Before, after)));
    }

    [Fact]
    public void Build_UnknownFieldKeptInExtra_IsDiffedToo()
    {
        var before = Before with { Extra = new() { ["a/b~c"] = System.Text.Json.JsonDocument.Parse("1").RootElement } };
        var after = before with { Extra = new() { ["a/b~c"] = System.Text.Json.JsonDocument.Parse("2").RootElement } };

        var op = WalcuPatchBuilder.Build(before, after).Last();

        Assert.Equal("""{"op":"replace","path":"/a~1b~0c","value":2}""", op?.ToJsonString());
    }

    [Fact]
    public void Build_NoVersionRead_NoTestOperation()
    {
        var patch = WalcuPatchBuilder.Build(Before with { Version = null }, Before with { Version = null, PinnedNoteId = "n1" });

        Assert.Equal("""[{"op":"add","path":"/pinned_note_id","value":"n1"}]""", patch.ToJsonString());
    }
}
