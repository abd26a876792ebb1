namespace Dataverse.Emulator
{
    /// <summary>Dataverse error codes the emulator raises, as listed in the platform's error-code table
    /// (powerapps-docs data-service-error-codes; reference xrm-sdk.md §9.2.10).</summary>
    public static class ErrorCodes
    {
        public const int ObjectDoesNotExist = unchecked((int)0x80040217);
        public const int DuplicateRecord = unchecked((int)0x80040237);
        public const int IsvAborted = unchecked((int)0x80040265);
        public const int IsvUnExpected = unchecked((int)0x80040224);
        public const int SdkCorrelationTokenDepthTooHigh = unchecked((int)0x80044182);
        public const int CannotSetAttributeToNull = -2147220989;
        public const int TooManyLinkEntities = unchecked((int)0x8004430D);

        // Added for metadata validation. Values and names from the platform's error-code table
        // (MicrosoftDocs/powerapps-docs, powerapps-docs/developer/data-platform/includes/data-service-error-codes.md).
        /// <summary>0x80040203 "Invalid argument." — also the code of "Attribute: x cannot be set to NULL" (same value as
        /// <see cref="CannotSetAttributeToNull"/>).</summary>
        public const int InvalidArgument = unchecked((int)0x80040203);
        /// <summary>0x8004431A "The picklist value is out of the range." (PicklistValueOutOfRange).</summary>
        public const int PicklistValueOutOfRange = unchecked((int)0x8004431A);
        /// <summary>0x80048408 "State code is invalid or state code is valid but status code is invalid for a specified state code."</summary>
        public const int InvalidStateCodeStatusCode = unchecked((int)0x80048408);
        /// <summary>0x80044331 "A validation error occurred. A string value provided is too long." (StringLengthTooLong).</summary>
        public const int StringLengthTooLong = unchecked((int)0x80044331);
        // (QueryBuilderNoAttribute 0x80041103 and QueryBuilderNoEntity 0x80041102, also used by Metadata, are below.)
        // Query engine (data-service-errors table, powerapps-docs developer/data-platform/includes/data-service-errors.md).
        public const int InvalidXml = unchecked((int)0x80040201);
        public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);
        public const int QueryBuilderNoEntity = unchecked((int)0x80041102);
        public const int QueryBuilderNoAlias = unchecked((int)0x8004110B);
        public const int QueryBuilderInvalidValue = unchecked((int)0x80041108);
        public const int QueryBuilderInvalidAlias = unchecked((int)0x80041109);
        public const int QueryBuilderAttributeWithAggregate = unchecked((int)0x80041107);
        public const int QueryBuilderInvalidConditionOperator = unchecked((int)0x80041120);
        public const int QueryBuilderInvalidJoinOperator = unchecked((int)0x80041121);
        public const int QueryBuilderInvalidFilterType = unchecked((int)0x80041122);
        public const int QueryBuilderElementNotFound = unchecked((int)0x80041123);
        public const int QueryBuilderAttributeNotFound = unchecked((int)0x8004111E);
        public const int QueryBuilderDeserializeEmptyXml = unchecked((int)0x80041124);
        public const int QueryBuilderDeserializeInvalidNode = unchecked((int)0x8004111C);
        public const int QueryBuilderDeserializeInvalidLinkType = unchecked((int)0x80041117);
        public const int QueryBuilderDeserializeInvalidDistinct = unchecked((int)0x80041115);
        public const int QueryBuilderDeserializeInvalidDescending = unchecked((int)0x80041119);
        public const int QueryBuilderDeserializeInvalidAggregate = unchecked((int)0x8004111A);
        public const int QueryBuilderDeserializeInvalidGroupBy = unchecked((int)0x8004112E);
        public const int QueryBuilderInvalidDateGrouping = unchecked((int)0x80041135);
        public const int QueryBuilderInvalidAggregateAttribute = unchecked((int)0x8004112F);
        public const int QueryBuilderDuplicateAlias = unchecked((int)0x80041130);
        public const int QueryBuilderInvalidPagingCookie = unchecked((int)0x8004112A);
        public const int QueryBuilderByAttributeNonEmpty = unchecked((int)0x80041110);
        public const int QueryBuilderByAttributeMismatch = unchecked((int)0x8004110F);
        public const int QueryBuilderValueGreaterThanZero = unchecked((int)0x8004110C);
        public const int OverRetrievalUpperLimitWithoutPagingCookie = unchecked((int)0x8004430A);
        public const int AggregateQueryRecordLimit = unchecked((int)0x8004E023);
        public const int QueryBuilderBadCondition = unchecked((int)0x80041106);
        public const int QueryBuilderPagingOrderBy = unchecked((int)0x80041129);
        public const int QueryBuilderAttributeRequiredForNonAggregateOrderBy = unchecked((int)0x80041133);
        public const int QueryBuilderAliasRequiredForAggregateOrderBy = unchecked((int)0x80041134);
        public const int QueryBuilderDeserializeInvalidUseRawOrderBy = unchecked((int)0x800410FD);

        // Optimistic concurrency and alternate-key violations (powerapps-docs data-service-error-codes; HTTP 412 in the Web API).
        public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);
        public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);
    }
}
