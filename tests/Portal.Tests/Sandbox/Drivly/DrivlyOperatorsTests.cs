using System.Text.Json.Nodes;
using Portal.Sandbox.Drivly;

namespace Portal.Tests.Sandbox.Drivly;

public sealed class DrivlyOperatorsTests
{
    [Theory]
    [InlineData("equals", "2026-05-01T10:00:00.000Z", "2026-05-01T12:00:00+02:00", true)]
    [InlineData("greater_than_equal", "2026-05-01T10:00:00.000Z", "2026-05-01T10:00:00.000Z", true)]
    [InlineData("greater_than", "2026-05-01T10:00:00.000Z", "2026-05-01T10:00:00.000Z", false)]
    [InlineData("less_than", "2026-05-01T09:59:59.999Z", "2026-05-01T10:00:00.000Z", true)]
    [InlineData("equals", "SOLD", "SOLD", true)]
    [InlineData("equals", "SOLD", "sold", false)]
    [InlineData("not_equals", "SOLD", "LEAD", true)]
    [InlineData("like", "Núñez-O'Brien", "o'brien núñez", true)]
    [InlineData("contains", "miguel@example.com", "EXAMPLE", true)]
    [InlineData("in", "LEAD", "SOLD,LEAD", true)]
    [InlineData("not_in", "LEAD", "SOLD,LOST", true)]
    public void Test_Text_AsPayloadDoes(string op, string field, string operand, bool expected) =>
        Assert.Equal(expected, DrivlyOperators.Test(op, JsonValue.Create(field), JsonValue.Create(operand)));

    [Theory]
    [InlineData("equals", "42", true)]
    [InlineData("greater_than", "41.5", true)]
    [InlineData("less_than_equal", "41", false)]
    [InlineData("equals", "forty-two", false)]
    public void Test_Numbers_ComparedAsNumbers(string op, string operand, bool expected) =>
        Assert.Equal(expected, DrivlyOperators.Test(op, JsonValue.Create(42L), JsonValue.Create(operand)));

    [Fact]
    public void Test_HasMany_MatchesAnyValue()
    {
        var leads = new JsonArray(10L, 11L);

        Assert.True(DrivlyOperators.Test("equals", leads, JsonValue.Create("11")));
        Assert.True(DrivlyOperators.Test("all", leads, JsonValue.Create("10,11")));
        Assert.False(DrivlyOperators.Test("all", leads, JsonValue.Create("10,12")));
    }

    [Fact]
    public void Test_Exists_NullAndEmptyListAreMissing()
    {
        Assert.False(DrivlyOperators.Test("exists", null, JsonValue.Create("true")));
        Assert.True(DrivlyOperators.Test("exists", new JsonArray(), JsonValue.Create("false")));
        Assert.True(DrivlyOperators.Test("exists", JsonValue.Create("x"), JsonValue.Create(true)));
    }

    [Fact]
    public void Test_NullField_NeverComparable()
    {
        Assert.False(DrivlyOperators.Test("less_than", null, JsonValue.Create("5")));
        Assert.False(DrivlyOperators.Test("greater_than", null, JsonValue.Create("5")));
    }
}
