using System.ComponentModel.DataAnnotations;

namespace Portal.Features.Admin;

/// <summary>Re-runs a form model's DataAnnotations on the server: the form's checks run in the browser's circuit only.</summary>
internal static class InputValidation
{
    public static void Check(object input)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            throw new AdminRuleException(string.Join(" ", results.Select(r => r.ErrorMessage)));
        }
    }
}
