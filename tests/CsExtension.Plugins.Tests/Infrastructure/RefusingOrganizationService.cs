using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Plugins.Tests.Infrastructure;

/// <summary>An organization service whose every call fails the way Dataverse fails: with an OrganizationServiceFault.</summary>
internal sealed class RefusingOrganizationService : IOrganizationService
{
    private readonly int _errorCode;
    private readonly string _message;

    public RefusingOrganizationService(int errorCode, string message)
    {
        _errorCode = errorCode;
        _message = message;
    }

    public Guid Create(Entity entity) => throw Fault();
    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw Fault();
    public void Update(Entity entity) => throw Fault();
    public void Delete(string entityName, Guid id) => throw Fault();
    public OrganizationResponse Execute(OrganizationRequest request) => throw Fault();
    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Fault();
    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Fault();
    public EntityCollection RetrieveMultiple(QueryBase query) => throw Fault();

    private FaultException<OrganizationServiceFault> Fault() =>
        new(new OrganizationServiceFault { ErrorCode = _errorCode, Message = _message }, new FaultReason(_message));
}
