using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>A request parameter or response property of a custom API.</summary>
    public sealed record CustomApiParameter(string UniqueName, CustomApiParameterType Type, bool IsOptional = false)
    {
        public bool Accepts(object? value) =>
            value == null || Type switch
            {
                CustomApiParameterType.Boolean => value is bool,
                CustomApiParameterType.DateTime => value is DateTime,
                CustomApiParameterType.Decimal => value is decimal,
                CustomApiParameterType.Entity => value is Entity,
                CustomApiParameterType.EntityCollection => value is EntityCollection,
                CustomApiParameterType.EntityReference => value is EntityReference,
                CustomApiParameterType.Float => value is double,
                CustomApiParameterType.Integer => value is int,
                CustomApiParameterType.Money => value is Money,
                CustomApiParameterType.Picklist => value is OptionSetValue,
                CustomApiParameterType.String => value is string,
                CustomApiParameterType.StringArray => value is string[],
                CustomApiParameterType.Guid => value is Guid,
                _ => false,
            };
    }
}
