namespace CsExtension.SolutionBuilder.Checking
{
    /// <summary>
    /// The rule ids the check reports. Ids that start with <c>il-</c> or <c>meta-</c> are the platform solution
    /// checker's own ids (shared/reference/plugin-practice.md §4) so a finding reads the same as the checker's;
    /// the others are ours.
    /// </summary>
    public static class Rules
    {
        /// <summary>A file is not well-formed XML, so nothing else in it can be checked.</summary>
        public const string MalformedXml = "xml-malformed";

        /// <summary>A file does not match its schema (talxis-unpacked per file, or Microsoft's set for customizations.xml).</summary>
        public const string Schema = "xml-schema";

        /// <summary>A view's FetchXML does not match Microsoft's Fetch.xsd.</summary>
        public const string FetchXmlSchema = "fetchxml-schema";

        /// <summary>A form's FormXml does not match Microsoft's FormXml.xsd.</summary>
        public const string FormXmlSchema = "formxml-schema";

        /// <summary>solution.xml lists a root component that the solution does not define (import fails).</summary>
        public const string RootComponentWithoutComponent = "root-component-missing";

        /// <summary>The solution defines a component that solution.xml does not list (it would not be imported).</summary>
        public const string ComponentWithoutRootComponent = "component-not-in-root";

        /// <summary>Two components share one id, so one silently replaces the other on import.</summary>
        public const string DuplicateId = "duplicate-id";

        /// <summary>A custom name lacks the publisher's customization prefix.</summary>
        public const string PublisherPrefix = "publisher-prefix";

        /// <summary>A custom choice value lies outside the publisher's option value range.</summary>
        public const string OptionValueRange = "option-value-range";

        /// <summary>A view or form names a table that neither the solution nor the standard list defines.</summary>
        public const string UnknownTable = "unknown-table";

        /// <summary>A view or form names a column its table does not have.</summary>
        public const string UnknownColumn = "unknown-column";

        /// <summary>A step names a plugin type that is neither registered in the solution nor present in the assembly.</summary>
        public const string StepUnknownPluginType = "step-unknown-plugin-type";

        /// <summary>A step is registered on a message the platform does not have.</summary>
        public const string StepUnknownMessage = "step-unknown-message";

        /// <summary>A step is registered on a table that does not exist.</summary>
        public const string StepUnknownTable = "step-unknown-table";

        /// <summary>A step's filtering or image columns name a column its table does not have.</summary>
        public const string StepUnknownColumn = "step-unknown-column";

        /// <summary>Platform checker: an Update step without filtering attributes runs on every update.</summary>
        public const string UpdateStepWithoutFilter = "meta-avoid-reg-no-attribute";

        /// <summary>Platform checker: the same step registered twice runs twice.</summary>
        public const string DuplicateRegistration = "meta-remove-dup-reg";

        /// <summary>A form, site map or ribbon references a web resource the solution does not define.</summary>
        public const string MissingWebResource = "web-resource-missing";

        /// <summary>Platform checker: a plugin retrieves all columns.</summary>
        public const string SpecifyColumns = "il-specify-column";

        /// <summary>Platform checker: a plugin sends ExecuteMultiple/ExecuteTransaction.</summary>
        public const string BatchInPlugin = "il-avoid-batch-plugin";

        /// <summary>Platform checker: a plugin starts threads or parallel work.</summary>
        public const string ParallelInPlugin = "il-avoid-parallel-plugin";

        /// <summary>Platform checker: a plugin locks on a static member.</summary>
        public const string LockInPlugin = "il-avoid-lock-plugin";

        /// <summary>Ours: a plugin keeps static mutable state (a static field that is not read-only), which the
        /// platform shares across concurrent executions (plugin-practice.md §5 "Stateless IPlugin").</summary>
        public const string StaticStateInPlugin = "il-avoid-static-state";

        /// <summary>Platform checker: a plugin uses the deprecated Assign/SetState style requests.</summary>
        public const string SpecializedUpdateOps = "il-avoid-specialized-update-ops";
    }
}
