using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Dataverse.Emulator.Metadata;
using Dataverse.Emulator.Pipeline;
using Dataverse.Emulator.Query;
using Dataverse.Emulator.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator
{
    /// <summary>An in-memory Dataverse: tables from metadata, an organization service, the event pipeline with plugin
    /// steps found through their declarations, transactions, asynchronous steps, and its own clock.
    /// What it does not emulate is listed in the README (security roles, calculated columns, ...).</summary>
    public sealed class DataverseEmulator
    {
        /// <summary>The platform's maximum depth (reference §8: 8 within one hour).</summary>
        public const int MaxDepth = 8;

        private readonly List<StepRegistration> _steps = new();
        private readonly Dictionary<string, CustomApiRegistration> _customApis = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<StepRegistration, IPlugin> _pluginInstances = new();
        private readonly List<PluginExecutionRecord> _executions = new();
        private readonly List<SystemJob> _systemJobs = new();
        private readonly List<PendingAsyncStep> _pendingAsync = new();
        private readonly CoreOperations _core;
        private readonly IdGenerator _ids;
        private int _transactionDepth;
        private bool _drainingAsync;

        public DataverseEmulator(MetadataCatalog metadata, EmulatorClock? clock = null, IdGenerator? ids = null)
        {
            Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
            Clock = clock ?? new EmulatorClock();
            _ids = ids ?? new IdGenerator();
            Store = new InMemoryStore(metadata);
            _core = new CoreOperations(this);
            OrganizationId = NewId();
            RootBusinessUnitId = NewId();
            SystemUserId = NewId();
            Seed();
        }

        public MetadataCatalog Metadata { get; }

        public EmulatorClock Clock { get; }

        public InMemoryStore Store { get; }

        public Guid OrganizationId { get; }

        public string OrganizationName { get; init; } = "emulator";

        public Guid RootBusinessUnitId { get; }

        /// <summary>SYSTEM, what a plugin's CreateOrganizationService(null) runs as.</summary>
        public Guid SystemUserId { get; }

        /// <summary>When false, asynchronous steps wait for <see cref="RunPendingAsyncSteps"/>.</summary>
        public bool RunAsyncStepsAfterCommit { get; set; } = true;

        /// <summary>When false, <see cref="Executions"/> stays empty and only <see cref="ExecutionTotals"/> counts: a
        /// long run (a simulated year of a large book) would otherwise keep every record with its trace lines.</summary>
        public bool KeepExecutionRecords { get; set; } = true;

        /// <summary>Every plugin execution, as long as <see cref="KeepExecutionRecords"/> is on and until <see cref="ClearExecutions"/>.</summary>
        public IReadOnlyList<PluginExecutionRecord> Executions => _executions;

        /// <summary>All plugin executions since the emulator started, summed up whether or not their records are kept.</summary>
        public ExecutionTotals ExecutionTotals { get; } = new();

        public IReadOnlyList<SystemJob> SystemJobs => _systemJobs;

        public IReadOnlyList<StepRegistration> Steps => _steps;

        /// <summary>The custom APIs registered, by unique name (what a Web API front end exposes as actions and functions).</summary>
        public IReadOnlyDictionary<string, CustomApiRegistration> CustomApis => _customApis;

        public int PendingAsyncSteps => _pendingAsync.Count;

        public Guid NewId() => _ids.Next();

        /// <summary>An organization service for an outside caller (a user, a test, the demo): depth starts at 1.</summary>
        public IOrganizationService CreateService(Guid? userId = null)
        {
            var user = userId ?? SystemUserId;
            return new EmulatedOrganizationService(this, new CallerScope(user, user, null, null));
        }

        public Guid CreateUser(string fullName, Guid? businessUnitId = null)
        {
            var names = fullName.Split(' ', 2);
            var user = new Entity("systemuser")
            {
                ["fullname"] = fullName,
                ["firstname"] = names[0],
                ["lastname"] = names.Length > 1 ? names[1] : names[0],
                ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? RootBusinessUnitId),
            };
            return CreateService().Create(user);
        }

        public void RegisterStep(StepRegistration step)
        {
            ValidateRegistration(step);
            _steps.Add(step);
        }

        public void RegisterCustomApi(CustomApiRegistration api)
        {
            if (_customApis.ContainsKey(api.UniqueName) || CoreOperations.Messages.Contains(api.UniqueName, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"A message named {api.UniqueName} already exists.", nameof(api));
            }

            _customApis.Add(api.UniqueName, api);
        }

        /// <summary>Registers every step and custom API declared in an assembly, reading declarations only. With a
        /// solution folder, a custom API's parameters come from the solution's definition, as in Dataverse, where the
        /// plugin type only implements an API the solution defines.</summary>
        public void RegisterDeclarations(Assembly pluginAssembly, string? solutionFolder = null) =>
            RegisterDeclarations(StepDeclarationReader.PluginTypes(pluginAssembly), solutionFolder);

        public void RegisterDeclarations(IEnumerable<Type> pluginTypes, string? solutionFolder = null)
        {
            var types = pluginTypes.ToList();
            var definitions = solutionFolder == null ? null : SolutionCustomApis.Read(solutionFolder);
            foreach (var declared in types.Select(StepDeclarationReader.ReadCustomApi).OfType<CustomApiRegistration>())
            {
                var api = declared;
                if (definitions != null)
                {
                    if (!definitions.TryGetValue(declared.UniqueName, out var definition))
                    {
                        throw new ArgumentException(
                            $"{declared.PluginType.FullName} implements the custom API {declared.UniqueName}, which the solution does not define.",
                            nameof(pluginTypes));
                    }

                    api = new CustomApiRegistration(definition.UniqueName, declared.PluginType)
                    {
                        BoundEntity = definition.BoundEntity,
                        IsFunction = definition.IsFunction,
                        RequestParameters = definition.RequestParameters,
                        ResponseProperties = definition.ResponseProperties,
                    };
                }

                RegisterCustomApi(api);
            }

            foreach (var step in types.SelectMany(StepDeclarationReader.ReadSteps))
            {
                RegisterStep(step);
            }
        }

        /// <summary>Runs the asynchronous steps waiting to run, in order, each in its own transaction.</summary>
        public int RunPendingAsyncSteps()
        {
            if (_drainingAsync || _transactionDepth > 0)
            {
                return 0;
            }

            _drainingAsync = true;
            var ran = 0;
            try
            {
                while (_pendingAsync.Count > 0)
                {
                    var job = _pendingAsync[0];
                    _pendingAsync.RemoveAt(0);
                    RunAsyncJob(job);
                    ran++;
                }
            }
            finally
            {
                _drainingAsync = false;
            }

            return ran;
        }

        public void ClearExecutions() => _executions.Clear();

        internal Guid BusinessUnitOf(EntityReference owner)
        {
            var row = Store.Find(owner.LogicalName, owner.Id);
            return row != null && row.Values.TryGetValue("businessunitid", out var unit) && unit is EntityReference r ? r.Id : RootBusinessUnitId;
        }

        internal QueryEnvironment QueryEnvironmentFor(Guid userId, DateTime now) =>
            new QueryEnvironment(now)
            {
                UserId = userId,
                BusinessUnitId = BusinessUnitOf(new EntityReference("systemuser", userId)),
                TeamIds = Metadata.TryGetTable("teammembership", out _)
                    ? Store.Lookup("teammembership", "systemuserid", userId)
                        .Select(row => row.Values.TryGetValue("teamid", out var team) ? (Guid)team : Guid.Empty)
                        .ToList()
                    : Array.Empty<Guid>(),
            };

        internal OrganizationResponse Execute(OrganizationRequest request, CallerScope caller)
        {
            if (request == null || string.IsNullOrEmpty(request.RequestName))
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, "The request has no RequestName.");
            }

            caller.Record?.CountCall(request.RequestName);
            switch (request.RequestName)
            {
                case "ExecuteMultiple":
                    return ExecuteMultiple(request, caller);
                case "ExecuteTransaction":
                    return ExecuteTransaction(request, caller);
                default:
                    var response = RunOperation(request, caller, out var examined, nestedInPlatformOperation: false);
                    CountRows(caller, response, examined);
                    return response;
            }
        }

        /// <summary>A message the platform runs on behalf of another one (SetState → Update, Upsert → Create or Update,
        /// CreateMultiple → Create): same depth and transaction, its own steps.</summary>
        internal OrganizationResponse RunInnerOperation(OrganizationRequest request, EmulatedExecutionContext outer)
        {
            var caller = new CallerScope(outer.UserId, outer.InitiatingUserId, (EmulatedExecutionContext?)outer.ParentContext, null);
            return RunOperation(request, caller, out _, nestedInPlatformOperation: true, sameDepthAs: outer);
        }

        private static void CountRows(CallerScope caller, OrganizationResponse response, int examined)
        {
            switch (response)
            {
                case RetrieveResponse retrieve:
                    caller.Record?.CountRows(retrieve.Entity == null ? 0 : 1, examined);
                    break;
                case RetrieveMultipleResponse multiple:
                    caller.Record?.CountRows(multiple.EntityCollection.Entities.Count, examined);
                    break;
            }
        }

        private OrganizationResponse RunOperation(
            OrganizationRequest request, CallerScope caller, out int rowsExamined, bool nestedInPlatformOperation, EmulatedExecutionContext? sameDepthAs = null)
        {
            rowsExamined = 0;
            var message = request.RequestName;
            _customApis.TryGetValue(message, out var api);
            if (api == null && !CoreOperations.Messages.Contains(message))
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"The request {message} is not supported by the emulator.");
            }

            var input = RecordValues.CloneParameters(request.Parameters);
            if (api != null)
            {
                ValidateCustomApiInput(api, input);
            }

            var entity = PrimaryEntityOf(message, input, api);
            if (entity != null)
            {
                Metadata.GetTable(entity);
            }

            var now = Clock.UtcNow;
            var main = new EmulatedExecutionContext
            {
                MessageName = api?.UniqueName ?? message,
                PrimaryEntityName = entity ?? "none",
                PrimaryEntityId = PrimaryEntityIdOf(input),
                RequestId = request.RequestId,
                InputParameters = input,
                UserId = caller.UserId,
                InitiatingUserId = caller.InitiatingUserId,
                AuthenticatedUserId = caller.InitiatingUserId,
                BusinessUnitId = BusinessUnitOf(new EntityReference("systemuser", caller.UserId)),
                OrganizationId = OrganizationId,
                OrganizationName = OrganizationName,
                Depth = sameDepthAs?.Depth ?? caller.Depth + 1,
                CorrelationId = caller.CorrelationId == Guid.Empty ? NewId() : caller.CorrelationId,
                OperationId = NewId(),
                OperationCreatedOn = sameDepthAs?.OperationCreatedOn ?? now,
                ParentContext = caller.Parent!,
            };

            var outermost = _transactionDepth == 0;
            var preValidation = main;
            if (message is "Create" or "Update" or "Delete")
            {
                // For these messages PreValidation runs in a parent pipeline of its own (reference §9.3.6, PD-ctx note).
                preValidation = main.ForStep(PipelineStage.PreValidation, StepMode.Synchronous, main.UserId);
                preValidation.SharedVariables = new ParameterCollection();
                main.ParentContext = preValidation;
            }

            var matching = _steps.Where(s => s.Applies(main.MessageName, entity)).ToList();
            var target = input.TryGetValue("Target", out Entity targetEntity) ? targetEntity : null;

            // Filtering attributes are weighed when a step is about to run, against the Target as it is then, so a
            // column an earlier step added to the Target counts too.
            IEnumerable<StepRegistration> Runnable(PipelineStage stage, StepMode mode) =>
                Ordered(matching, stage, mode).Where(s => message != "Update" || s.PassesFilter(target));

            preValidation.IsInTransaction = !outermost;
            try
            {
                foreach (var step in Runnable(PipelineStage.PreValidation, StepMode.Synchronous))
                {
                    RunStep(step, preValidation, PipelineStage.PreValidation, null, null);
                }
            }
            catch (Exception exception)
            {
                throw AsFault(exception);
            }

            var savepoint = Store.Savepoint;
            var asyncMark = _pendingAsync.Count;
            _transactionDepth++;
            main.IsInTransaction = true;
            OrganizationResponse response;
            try
            {
                var preImage = NeedsImage(matching, ImageType.PreImage) ? ReadImageSource(message, input) : null;
                foreach (var step in Runnable(PipelineStage.PreOperation, StepMode.Synchronous))
                {
                    RunStep(step, main, PipelineStage.PreOperation, preImage, null);
                }

                if (api != null)
                {
                    response = RunCustomApi(api, main);
                }
                else
                {
                    response = _core.Execute(main, caller, out rowsExamined);
                }

                if (main.PrimaryEntityId == Guid.Empty && response is Microsoft.Xrm.Sdk.Messages.CreateResponse created)
                {
                    main.PrimaryEntityId = created.id;
                }

                FillOutputParameters(main, response);
                var postImage = NeedsImage(matching, ImageType.PostImage) && message is "Create" or "Update"
                    ? Store.Find(entity!, main.PrimaryEntityId)
                    : null;
                foreach (var step in Runnable(PipelineStage.PostOperation, StepMode.Synchronous))
                {
                    RunStep(step, main, PipelineStage.PostOperation, preImage, postImage);
                }

                foreach (var step in Runnable(PipelineStage.PostOperation, StepMode.Asynchronous))
                {
                    var context = main.ForStep(PipelineStage.PostOperation, StepMode.Asynchronous, step.RunAsUserId ?? main.UserId);
                    // The async service gets a serialized copy of the context, outside the transaction.
                    context.InputParameters = RecordValues.CloneParameters(main.InputParameters);
                    context.OutputParameters = RecordValues.CloneParameters(main.OutputParameters);
                    context.SharedVariables = RecordValues.CloneParameters(main.SharedVariables);
                    context.IsInTransaction = false;
                    AddImages(step, context, preImage, postImage);
                    _pendingAsync.Add(new PendingAsyncStep(step, context));
                }
            }
            catch (Exception exception)
            {
                Store.RollbackTo(savepoint);
                _pendingAsync.RemoveRange(asyncMark, _pendingAsync.Count - asyncMark);
                _transactionDepth--;
                throw AsFault(exception);
            }

            _transactionDepth--;
            if (outermost)
            {
                Store.Commit(savepoint);
                if (RunAsyncStepsAfterCommit && !nestedInPlatformOperation)
                {
                    RunPendingAsyncSteps();
                }
            }

            return response;
        }

        private OrganizationResponse RunCustomApi(CustomApiRegistration api, EmulatedExecutionContext main)
        {
            var step = new StepRegistration(api.PluginType, api.UniqueName, api.BoundEntity, PipelineStage.MainOperation, StepMode.Synchronous)
            {
                Name = $"{api.PluginType.FullName}: custom API {api.UniqueName}",
            };
            RunStep(step, main, PipelineStage.MainOperation, null, null);
            var response = new OrganizationResponse { ResponseName = api.UniqueName };
            foreach (var property in api.ResponseProperties)
            {
                main.OutputParameters.TryGetValue(property.UniqueName, out object value);
                if (!property.Accepts(value))
                {
                    throw DataverseFault.Create(
                        ErrorCodes.InvalidArgument,
                        $"The custom API {api.UniqueName} returned {value.GetType().Name} for {property.UniqueName}, which is declared as {property.Type}.");
                }

                if (value != null)
                {
                    response.Results[property.UniqueName] = value;
                }
            }

            return response;
        }

        private static void ValidateCustomApiInput(CustomApiRegistration api, ParameterCollection input)
        {
            var declared = api.RequestParameters.ToDictionary(p => p.UniqueName, StringComparer.Ordinal);
            if (api.BoundEntity != null)
            {
                declared["Target"] = new CustomApiParameter("Target", CustomApiParameterType.EntityReference);
            }

            foreach (var parameter in declared.Values)
            {
                input.TryGetValue(parameter.UniqueName, out object value);
                if (value == null && !parameter.IsOptional)
                {
                    throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"Required field '{parameter.UniqueName}' is missing");
                }

                if (!parameter.Accepts(value))
                {
                    throw DataverseFault.Create(
                        ErrorCodes.InvalidArgument,
                        $"The parameter {parameter.UniqueName} of {api.UniqueName} must be {parameter.Type}, not {value!.GetType().Name}.");
                }
            }

            var unknown = input.Keys.FirstOrDefault(k => !declared.ContainsKey(k));
            if (unknown != null)
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, $"The parameter {unknown} is not declared by the custom API {api.UniqueName}.");
            }
        }

        private void RunStep(StepRegistration step, EmulatedExecutionContext baseContext, PipelineStage stage, StoredRow? preImage, StoredRow? postImage)
        {
            if (baseContext.Depth > MaxDepth)
            {
                throw DepthFault();
            }

            var context = baseContext.ForStep(stage, step.Mode, step.RunAsUserId ?? baseContext.UserId);
            AddImages(step, context, preImage, postImage);
            Invoke(step, context);
        }

        private void Invoke(StepRegistration step, EmulatedExecutionContext context)
        {
            var record = new PluginExecutionRecord(step.Name, step.PluginType, context.MessageName, context.PrimaryEntityName, context.Stage, context.Mode, context.Depth);
            if (KeepExecutionRecords)
            {
                _executions.Add(record);
            }

            try
            {
                PluginFor(step).Execute(new EmulatedServiceProvider(this, context, record));
            }
            catch (Exception exception)
            {
                record.Error = exception;
                throw;
            }
            finally
            {
                ExecutionTotals.Add(record);
            }
        }

        private void RunAsyncJob(PendingAsyncStep job)
        {
            Exception? error = null;
            var attempts = 0;
            while (true)
            {
                attempts++;
                var savepoint = Store.Savepoint;
                var asyncMark = _pendingAsync.Count;
                _transactionDepth++;
                try
                {
                    Invoke(job.Step, job.Context);
                    _transactionDepth--;
                    Store.Commit(savepoint);
                    error = null;
                    break;
                }
                catch (Exception exception)
                {
                    _transactionDepth--;
                    Store.RollbackTo(savepoint);
                    _pendingAsync.RemoveRange(asyncMark, _pendingAsync.Count - asyncMark);
                    error = exception;
                    // An async step may ask to be retried; the async service tries four times (reference §9.3.9).
                    if (!(exception is InvalidPluginExecutionException { Status: OperationStatus.Retry }) || attempts >= 4)
                    {
                        break;
                    }
                }
            }

            _systemJobs.Add(new SystemJob(job.Step.Name, job.Context.MessageName, job.Context.PrimaryEntityName, job.Context.PrimaryEntityId, Clock.UtcNow, error, attempts));
        }

        private OrganizationResponse ExecuteMultiple(OrganizationRequest request, CallerScope caller)
        {
            var requests = request.Parameters.TryGetValue("Requests", out OrganizationRequestCollection collection) ? collection : null;
            var settings = request.Parameters.TryGetValue("Settings", out ExecuteMultipleSettings given) ? given : null;
            if (requests == null || settings == null)
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, "ExecuteMultiple needs Requests and Settings.");
            }

            // Community-reported limits (reference §6): at most 1000 requests and no nesting.
            if (requests.Count > 1000)
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, "The number of requests exceeds the maximum of 1000 in an ExecuteMultiple request.");
            }

            if (requests.Any(r => r.RequestName is "ExecuteMultiple"))
            {
                throw DataverseFault.Create(ErrorCodes.InvalidArgument, "ExecuteMultiple requests cannot be nested.");
            }

            var response = new ExecuteMultipleResponse();
            var items = new ExecuteMultipleResponseItemCollection();
            var faulted = false;
            for (var i = 0; i < requests.Count; i++)
            {
                try
                {
                    var itemResponse = Execute(requests[i], caller);
                    if (settings.ReturnResponses)
                    {
                        items.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Response = itemResponse });
                    }
                }
                catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
                {
                    faulted = true;
                    items.Add(new ExecuteMultipleResponseItem { RequestIndex = i, Fault = fault.Detail });
                    if (!settings.ContinueOnError)
                    {
                        break;
                    }
                }
            }

            response.Results["Responses"] = items;
            response.Results["IsFaulted"] = faulted;
            return response;
        }

        private OrganizationResponse ExecuteTransaction(OrganizationRequest request, CallerScope caller)
        {
            var requests = request.Parameters.TryGetValue("Requests", out OrganizationRequestCollection collection) ? collection : new OrganizationRequestCollection();
            var returnResponses = request.Parameters.TryGetValue("ReturnResponses", out object flag) && flag is true;
            var outermost = _transactionDepth == 0;
            var savepoint = Store.Savepoint;
            var asyncMark = _pendingAsync.Count;
            var responses = new OrganizationResponseCollection();
            _transactionDepth++;
            for (var i = 0; i < requests.Count; i++)
            {
                try
                {
                    var itemResponse = Execute(requests[i], caller);
                    if (returnResponses)
                    {
                        responses.Add(itemResponse);
                    }
                }
                catch (Exception exception)
                {
                    Store.RollbackTo(savepoint);
                    _pendingAsync.RemoveRange(asyncMark, _pendingAsync.Count - asyncMark);
                    _transactionDepth--;
                    var fault = AsFault(exception);
                    var detail = new OrganizationServiceFault { ErrorCode = fault.Detail.ErrorCode, Message = fault.Detail.Message, InnerFault = fault.Detail, Timestamp = Clock.UtcNow };
                    detail.ErrorDetails["FaultedRequestIndex"] = i;
                    throw new System.ServiceModel.FaultException<OrganizationServiceFault>(detail, new System.ServiceModel.FaultReason(detail.Message));
                }
            }

            _transactionDepth--;
            if (outermost)
            {
                Store.Commit(savepoint);
                if (RunAsyncStepsAfterCommit)
                {
                    RunPendingAsyncSteps();
                }
            }

            var response = new ExecuteTransactionResponse();
            response.Results["Responses"] = responses;
            return response;
        }

        private IPlugin PluginFor(StepRegistration step)
        {
            // The platform caches one instance per step and reuses it (reference §9.4).
            if (_pluginInstances.TryGetValue(step, out var plugin))
            {
                return plugin;
            }

            var type = step.PluginType;
            object? instance =
                type.GetConstructor(new[] { typeof(string), typeof(string) }) is { } both ? both.Invoke(new object?[] { step.UnsecureConfiguration, step.SecureConfiguration })
                : type.GetConstructor(new[] { typeof(string) }) is { } one ? one.Invoke(new object?[] { step.UnsecureConfiguration })
                : Activator.CreateInstance(type);
            plugin = (IPlugin)instance!;
            _pluginInstances[step] = plugin;
            return plugin;
        }

        private void ValidateRegistration(StepRegistration step)
        {
            if (!typeof(IPlugin).IsAssignableFrom(step.PluginType))
            {
                throw new ArgumentException($"{step.PluginType} does not implement IPlugin.", nameof(step));
            }

            if (step.Stage == PipelineStage.MainOperation)
            {
                throw new ArgumentException("Stage 30 is the platform's own; register on 10, 20 or 40.", nameof(step));
            }

            if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
            {
                throw new ArgumentException("Asynchronous steps can only be registered on PostOperation (reference §8, PD-reg).", nameof(step));
            }

            foreach (var image in step.Images)
            {
                if (image.Type == ImageType.PostImage && step.Stage != PipelineStage.PostOperation)
                {
                    throw DataverseFault.Create(unchecked((int)0x8004416e), "Post-images can only be registered on PostOperation steps (SdkMessageDoesNotSupportPostImageRegistration).");
                }

                if ((image.Type == ImageType.PreImage && step.Message == "Create") || (image.Type == ImageType.PostImage && step.Message == "Delete"))
                {
                    throw new ArgumentException($"{step.Message} has no {image.Type} (reference §9.3.5).", nameof(step));
                }
            }

            if (step.PrimaryEntity != null)
            {
                Metadata.GetTable(step.PrimaryEntity);
            }
        }

        private static IEnumerable<StepRegistration> Ordered(IEnumerable<StepRegistration> steps, PipelineStage stage, StepMode mode) =>
            steps.Where(s => s.Stage == stage && s.Mode == mode).OrderBy(s => s.Rank).ToList();

        private static bool NeedsImage(IEnumerable<StepRegistration> steps, ImageType type) => steps.Any(s => s.Images.Any(i => i.Type == type));

        private StoredRow? ReadImageSource(string message, ParameterCollection input)
        {
            var reference = message switch
            {
                "Update" when input.TryGetValue("Target", out Entity target) => target.ToEntityReference(),
                "Delete" or "Assign" when input.TryGetValue("Target", out EntityReference target) => target,
                "SetState" when input.TryGetValue("EntityMoniker", out EntityReference moniker) => moniker,
                _ => null,
            };
            return reference == null ? null : Store.Find(reference.LogicalName, reference.Id);
        }

        private static void AddImages(StepRegistration step, EmulatedExecutionContext context, StoredRow? preImage, StoredRow? postImage)
        {
            foreach (var image in step.Images)
            {
                var source = image.Type == ImageType.PreImage ? preImage : postImage;
                if (source == null || (image.Type == ImageType.PostImage && context.Stage != (int)PipelineStage.PostOperation))
                {
                    continue;
                }

                var entity = new Entity(source.Table, source.Id);
                foreach (var pair in source.Values.Where(pair => image.Includes(pair.Key)))
                {
                    entity.Attributes[pair.Key] = RecordValues.Clone(pair.Value);
                }

                (image.Type == ImageType.PreImage ? context.PreEntityImages : context.PostEntityImages)[image.Alias] = entity;
            }
        }

        private static void FillOutputParameters(EmulatedExecutionContext context, OrganizationResponse response)
        {
            // Retrieve and RetrieveMultiple use other keys than their response properties (reference §6, PD-ctx).
            switch (response)
            {
                case RetrieveResponse retrieve:
                    context.OutputParameters["BusinessEntity"] = retrieve.Entity;
                    return;
                case RetrieveMultipleResponse multiple:
                    context.OutputParameters["BusinessEntityCollection"] = multiple.EntityCollection;
                    return;
            }

            foreach (var pair in response.Results)
            {
                context.OutputParameters[pair.Key] = pair.Value;
            }
        }

        private static string? PrimaryEntityOf(string message, ParameterCollection input, CustomApiRegistration? api)
        {
            if (api != null)
            {
                return api.BoundEntity;
            }

            if (input.TryGetValue("Target", out object target))
            {
                return target switch
                {
                    Entity e => e.LogicalName,
                    EntityReference r => r.LogicalName,
                    _ => null,
                };
            }

            if (input.TryGetValue("EntityMoniker", out EntityReference moniker))
            {
                return moniker.LogicalName;
            }

            if (input.TryGetValue("Targets", out EntityCollection targets))
            {
                return targets.EntityName ?? targets.Entities.FirstOrDefault()?.LogicalName;
            }

            if (message == "RetrieveMultiple" && input.TryGetValue("Query", out object query))
            {
                return query switch
                {
                    QueryExpression q => q.EntityName,
                    QueryByAttribute q => q.EntityName,
                    FetchExpression f => FetchEntityName(f.Query),
                    _ => null,
                };
            }

            return null;
        }

        private static string? FetchEntityName(string fetchXml)
        {
            try
            {
                return XDocument.Parse(fetchXml).Root?.Element("entity")?.Attribute("name")?.Value;
            }
            catch (System.Xml.XmlException)
            {
                // The query engine reports malformed FetchXML with the platform's fault.
                return null;
            }
        }

        private static Guid PrimaryEntityIdOf(ParameterCollection input)
        {
            if (input.TryGetValue("Target", out object target))
            {
                return target switch
                {
                    Entity e => e.Id,
                    EntityReference r => r.Id,
                    _ => Guid.Empty,
                };
            }

            return input.TryGetValue("EntityMoniker", out EntityReference moniker) ? moniker.Id : Guid.Empty;
        }

        private static System.ServiceModel.FaultException<OrganizationServiceFault> DepthFault() =>
            DataverseFault.Create(
                ErrorCodes.SdkCorrelationTokenDepthTooHigh,
                "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.");

        /// <summary>How a step's failure reaches the caller (reference §9.3.9): a plugin's own exception with its message
        /// under IsvAborted, anything else as IsvUnExpected; a Dataverse fault passes through.</summary>
        private System.ServiceModel.FaultException<OrganizationServiceFault> AsFault(Exception exception)
        {
            switch (exception)
            {
                case System.ServiceModel.FaultException<OrganizationServiceFault> fault:
                    return fault;
                case InvalidPluginExecutionException plugin:
                    var aborted = DataverseFault.Create(ErrorCodes.IsvAborted, plugin.Message);
                    aborted.Detail.ErrorDetails["OperationStatus"] = (int)plugin.Status;
                    aborted.Detail.ErrorDetails["SubErrorCode"] = plugin.ErrorCode;
                    aborted.Detail.Timestamp = Clock.UtcNow;
                    return aborted;
                default:
                    var unexpected = DataverseFault.Create(ErrorCodes.IsvUnExpected, "An unexpected error occurred from ISV code.");
                    unexpected.Detail.TraceText = exception.ToString();
                    unexpected.Detail.Timestamp = Clock.UtcNow;
                    return unexpected;
            }
        }

        private void Seed()
        {
            if (Metadata.TryGetTable("businessunit", out var unit))
            {
                Store.Insert(new StoredRow(unit.LogicalName, RootBusinessUnitId, new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    [unit.PrimaryIdAttribute] = RootBusinessUnitId,
                    ["name"] = OrganizationName,
                }));
            }

            if (Metadata.TryGetTable("systemuser", out var user))
            {
                Store.Insert(new StoredRow(user.LogicalName, SystemUserId, new Dictionary<string, object>(StringComparer.Ordinal)
                {
                    [user.PrimaryIdAttribute] = SystemUserId,
                    ["fullname"] = "SYSTEM",
                    ["businessunitid"] = new EntityReference("businessunit", RootBusinessUnitId),
                }));
            }

            Store.Commit(0);
        }

        private sealed record PendingAsyncStep(StepRegistration Step, EmulatedExecutionContext Context);
    }
}
