using System.Collections.Generic;

namespace CsExtension.SolutionBuilder.Model
{
    /// <summary>Everything the solution ships that is stated in the model (not plugin assemblies, steps or web resources).</summary>
    public sealed record SolutionModel(
        Label Name,
        Label Description,
        IReadOnlyList<Choice> Choices,
        IReadOnlyList<Table> Tables,
        IReadOnlyList<ManyToManyRelationship> ManyToMany,
        IReadOnlyList<View> Views,
        IReadOnlyList<Form> Forms,
        IReadOnlyList<SecurityRole> Roles,
        IReadOnlyList<FieldSecurityProfile> FieldSecurityProfiles,
        IReadOnlyList<CustomApi> CustomApis,
        IReadOnlyList<ModelDrivenApp> Apps);
}
