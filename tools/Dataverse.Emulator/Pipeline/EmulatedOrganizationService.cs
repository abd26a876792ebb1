using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.Emulator.Pipeline
{
    /// <summary>An organization service bound to one caller. The eight methods are sent as their requests, as the
    /// platform dispatches them (reference §9.1.14), so plugins see the same pipeline either way.</summary>
    internal sealed class EmulatedOrganizationService : IOrganizationService
    {
        private readonly DataverseEmulator _emulator;
        private readonly CallerScope _caller;

        public EmulatedOrganizationService(DataverseEmulator emulator, CallerScope caller)
        {
            _emulator = emulator;
            _caller = caller;
        }

        public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
            ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

        public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

        public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

        public EntityCollection RetrieveMultiple(QueryBase query) =>
            ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            try
            {
                return _emulator.Execute(request, _caller);
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault) when (fault.Detail.Timestamp == default)
            {
                fault.Detail.Timestamp = _emulator.Clock.UtcNow;
                throw;
            }
        }
    }
}
