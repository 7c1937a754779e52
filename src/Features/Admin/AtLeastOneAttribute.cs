using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace Portal.Features.Admin;

/// <summary>A collection that must hold at least one item (MinLength needs a Count, which bound lists may lack).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AtLeastOneAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is IEnumerable items && items.Cast<object?>().Any();
}
