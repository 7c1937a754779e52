using Portal.Vendors;
using Portal.Vendors.Guardant;

namespace Portal.Tests.Vendors.Guardant;

public sealed class GuardantCustomerChangesTests
{
    private static readonly GuardantCustomer Current = new()
    {
        Id = 9, Name = "PostManPut", LastName = "My last name", Email = "postman@gmail.com", CompanyName = "Google",
        Phone = "111-11-11", Description = "Created by postman By", Status = 1, Archived = false, CrmId = "crm-1", RefId = "ref-1",
    };

    [Fact]
    public void ApplyTo_OnlyEmail_KeepsEveryOtherFieldUnderItsWriteName()
    {
        var write = new GuardantCustomerChanges { Email = "new@example.com" }.ApplyTo(Current);

        Assert.Equal(GuardantCustomerWrite.From(Current) with { CustomerEmail = "new@example.com" }, write);
        Assert.Equal(("PostManPut", "My last name", "Google", "111-11-11"), (write.CustomerName, write.CustomerLastName, write.CustomerCompanyName, write.CustomerPhone));
        Assert.Equal(("Created by postman By", 1, "crm-1", "ref-1"), (write.CustomerDescription, write.CustomerStatus, write.CrmId, write.RefId));
    }

    [Fact]
    public void ApplyTo_EmptyString_BlanksThatFieldOnly()
    {
        var write = new GuardantCustomerChanges { Phone = "" }.ApplyTo(Current);

        Assert.Equal("", write.CustomerPhone);
        Assert.Equal("postman@gmail.com", write.CustomerEmail);
    }

    [Fact]
    public void Find_ChangedFieldChangedMeanwhile_IsAConflict()
    {
        var startedFrom = Current with { Email = "old@example.com", Phone = "000" };

        var conflicts = EditConflicts.Find(GuardantCustomerChanges.Fields, new GuardantCustomerChanges { Email = "new@example.com" }, startedFrom, Current);

        Assert.Equal(["email"], conflicts); // the phone changed too, but the user is not changing it
    }

    [Fact]
    public void Find_NullAndEmpty_AreTheSameValue()
    {
        var conflicts = EditConflicts.Find(GuardantCustomerChanges.Fields, new GuardantCustomerChanges { CrmId = "x" }, Current with { CrmId = null }, Current with { CrmId = "" });

        Assert.Empty(conflicts);
    }

    [Fact]
    public void Changed_SameValue_IsNoChange() =>
        Assert.Empty(EditConflicts.Changed(GuardantCustomerChanges.Fields, new GuardantCustomerChanges { Status = 1, Name = "PostManPut" }, Current));
}
