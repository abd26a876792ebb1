using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace CsExtension.Sdk.Tests.Semantics;

/// <summary>InvalidPluginExecutionException and OrganizationServiceFault (reference §4 Faults, InvalidPluginExecutionException).</summary>
public sealed class ExceptionSemanticsTests
{
    private const int IsvAborted = unchecked((int)0x80040265);
    private const int DuplicateRecord = unchecked((int)0x80040237);
    private const int ObjectDoesNotExist = unchecked((int)0x80040217);

    // --- InvalidPluginExecutionException ---

    [Fact]
    public void Status_defaults_to_Failed()
    {
        // reference §4 InvalidPluginExecutionException "OperationStatus Status { get; } (default Failed)" (D1)
        Assert.Equal(OperationStatus.Failed, new InvalidPluginExecutionException().Status);
        Assert.Equal(OperationStatus.Failed, new InvalidPluginExecutionException("stop").Status);
        Assert.Equal(OperationStatus.Failed, new InvalidPluginExecutionException("stop", new InvalidOperationException()).Status);
        Assert.Equal(OperationStatus.Failed, new InvalidPluginExecutionException("stop", PluginHttpStatusCode.Conflict).Status);
    }

    [Fact]
    public void Status_given_to_the_constructor_is_kept()
    {
        // reference §4 InvalidPluginExecutionException ctors with OperationStatus (D1)
        Assert.Equal(OperationStatus.Canceled, new InvalidPluginExecutionException(OperationStatus.Canceled).Status);
        Assert.Equal(OperationStatus.Retry, new InvalidPluginExecutionException(OperationStatus.Retry, "again").Status);
        Assert.Equal(OperationStatus.Suspended, new InvalidPluginExecutionException(OperationStatus.Suspended, 0, "wait").Status);
    }

    [Fact]
    public void Message_and_inner_exception_are_kept()
    {
        // reference §4 InvalidPluginExecutionException "(string message, Exception exception)" (D1)
        var inner = new InvalidOperationException("inner");

        var exception = new InvalidPluginExecutionException("outer", inner);

        Assert.Equal("outer", exception.Message);
        Assert.Same(inner, exception.InnerException);
    }

    [Fact]
    public void ErrorCode_is_the_HResult()
    {
        // reference §4 InvalidPluginExecutionException "int ErrorCode { get; } (returns HResult)" (D1)
        var exception = new InvalidPluginExecutionException("stop");

        Assert.Equal(exception.HResult, exception.ErrorCode);
    }

    [Fact]
    public void A_non_zero_errorCode_argument_is_stored_into_HResult()
    {
        // reference §4 InvalidPluginExecutionException "the errorCode ctor argument is stored into HResult when non-zero" (D1)
        var exception = new InvalidPluginExecutionException(OperationStatus.Failed, IsvAborted, "stop");
        var withHttp = new InvalidPluginExecutionException(OperationStatus.Failed, DuplicateRecord, "dup", PluginHttpStatusCode.Conflict);

        Assert.Equal(IsvAborted, exception.HResult);
        Assert.Equal(IsvAborted, exception.ErrorCode);
        Assert.Equal(DuplicateRecord, withHttp.ErrorCode);
    }

    [Fact]
    public void A_zero_errorCode_argument_leaves_the_default_HResult()
    {
        // reference §4 InvalidPluginExecutionException "stored into HResult when non-zero" (D1)
        var defaultHResult = new InvalidPluginExecutionException("stop").HResult;

        var exception = new InvalidPluginExecutionException(OperationStatus.Failed, 0, "stop");

        Assert.NotEqual(0, exception.ErrorCode);
        Assert.Equal(defaultHResult, exception.ErrorCode);
    }

    [Fact]
    public void HttpStatus_defaults_to_NotSet()
    {
        // reference §4 InvalidPluginExecutionException "HttpStatus { get; } (default NotSet)" (D1)
        Assert.Equal(PluginHttpStatusCode.NotSet, new InvalidPluginExecutionException().HttpStatus);
        Assert.Equal(PluginHttpStatusCode.NotSet, new InvalidPluginExecutionException("stop").HttpStatus);
        Assert.Equal(PluginHttpStatusCode.NotSet, new InvalidPluginExecutionException(OperationStatus.Failed, IsvAborted, "stop").HttpStatus);
        Assert.Equal(PluginHttpStatusCode.NotSet, new InvalidPluginExecutionException("stop", new InvalidOperationException()).HttpStatus);
    }

    [Fact]
    public void HttpStatus_given_to_the_constructor_is_kept()
    {
        // reference §4 InvalidPluginExecutionException ctors with PluginHttpStatusCode (D1)
        Assert.Equal(PluginHttpStatusCode.Conflict, new InvalidPluginExecutionException("stop", PluginHttpStatusCode.Conflict).HttpStatus);
        Assert.Equal(
            PluginHttpStatusCode.Forbidden,
            new InvalidPluginExecutionException(OperationStatus.Failed, IsvAborted, "stop", PluginHttpStatusCode.Forbidden).HttpStatus);
    }

    [Fact]
    public void Message_and_inner_constructor_copies_HttpStatus_from_an_inner_InvalidPluginExecutionException()
    {
        // reference §4 InvalidPluginExecutionException "the (string, Exception) ctor copies HttpStatus from an inner IPEE" (D1)
        var inner = new InvalidPluginExecutionException("inner", PluginHttpStatusCode.TooManyRequests);

        var outer = new InvalidPluginExecutionException("outer", inner);

        Assert.Equal(PluginHttpStatusCode.TooManyRequests, outer.HttpStatus);
    }

#pragma warning disable SYSLIB0050, SYSLIB0051 // The real type keeps binary serialization, so its GetObjectData is part of the contract.
    [Fact]
    public void GetObjectData_adds_Status_and_HttpStatus()
    {
        // reference §4 InvalidPluginExecutionException "GetObjectData override adds "Status" and "HttpStatus"" (D1)
        var exception = new InvalidPluginExecutionException(OperationStatus.Canceled, IsvAborted, "stop", PluginHttpStatusCode.Gone);
        var info = new SerializationInfo(typeof(InvalidPluginExecutionException), new FormatterConverter());

        exception.GetObjectData(info, new StreamingContext(StreamingContextStates.All));

        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var entry in info)
        {
            entries[entry.Name] = entry.Value;
        }

        Assert.Equal((int)OperationStatus.Canceled, Convert.ToInt32(entries["Status"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((int)PluginHttpStatusCode.Gone, Convert.ToInt32(entries["HttpStatus"], System.Globalization.CultureInfo.InvariantCulture));
    }
#pragma warning restore SYSLIB0050, SYSLIB0051

    [Fact]
    public void OperationStatus_and_PluginHttpStatusCode_values()
    {
        // reference §4 "enum OperationStatus" and "enum PluginHttpStatusCode" (D1)
        Assert.Equal(0, (int)OperationStatus.Failed);
        Assert.Equal(1, (int)OperationStatus.Canceled);
        Assert.Equal(2, (int)OperationStatus.Retry);
        Assert.Equal(3, (int)OperationStatus.Suspended);
        Assert.Equal(4, (int)OperationStatus.Succeeded);
        Assert.Equal(0, (int)PluginHttpStatusCode.NotSet);
        Assert.Equal(400, (int)PluginHttpStatusCode.BadRequest);
        Assert.Equal(401, (int)PluginHttpStatusCode.Unauthorized);
        Assert.Equal(403, (int)PluginHttpStatusCode.Forbidden);
        Assert.Equal(404, (int)PluginHttpStatusCode.NotFound);
        Assert.Equal(405, (int)PluginHttpStatusCode.MethodNotAllowed);
        Assert.Equal(408, (int)PluginHttpStatusCode.RequestTimeout);
        Assert.Equal(409, (int)PluginHttpStatusCode.Conflict);
        Assert.Equal(410, (int)PluginHttpStatusCode.Gone);
        Assert.Equal(412, (int)PluginHttpStatusCode.PreconditionFailed);
        Assert.Equal(413, (int)PluginHttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(424, (int)PluginHttpStatusCode.FailedDependency);
        Assert.Equal(429, (int)PluginHttpStatusCode.TooManyRequests);
        Assert.Equal(500, (int)PluginHttpStatusCode.InternalServerError);
        Assert.Equal(502, (int)PluginHttpStatusCode.BadGateway);
        Assert.Equal(503, (int)PluginHttpStatusCode.ServiceUnavailable);
        Assert.Equal(504, (int)PluginHttpStatusCode.GatewayTimeout);
    }

    // --- OrganizationServiceFault ---

    [Fact]
    public void Fault_ToString_shows_the_error_code_as_0x_hex_and_the_message()
    {
        // reference §4 Faults "ToString() overridden (multi-line dump: ErrorCode as 0x… hex, Message, …)" (D1)
        var fault = new OrganizationServiceFault { ErrorCode = DuplicateRecord, Message = "Operation failed due to a SQL integrity violation." };

        var text = fault.ToString();

        Assert.Contains("0x80040237", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Operation failed due to a SQL integrity violation.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fault_ToString_includes_the_inner_faults()
    {
        // reference §4 Faults "ToString() … inner faults" (D1)
        var fault = new OrganizationServiceFault
        {
            ErrorCode = IsvAborted,
            Message = "outer message",
            InnerFault = new OrganizationServiceFault
            {
                ErrorCode = ObjectDoesNotExist,
                Message = "inner message",
                InnerFault = new OrganizationServiceFault { ErrorCode = DuplicateRecord, Message = "innermost message" },
            },
        };

        var text = fault.ToString();

        Assert.Contains("0x80040265", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0x80040217", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("0x80040237", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("inner message", text, StringComparison.Ordinal);
        Assert.Contains("innermost message", text, StringComparison.Ordinal);
        Assert.True(
            text.IndexOf("outer message", StringComparison.Ordinal) < text.IndexOf("inner message", StringComparison.Ordinal),
            "The outer fault comes before its inner fault.");
    }

    [Fact]
    public void Fault_ErrorDetails_is_created_lazily_and_kept()
    {
        // reference §4 Faults BaseServiceFault "ErrorDetailCollection ErrorDetails (lazy)" (D1)
        var fault = new OrganizationServiceFault();

        var details = fault.ErrorDetails;
        details["CallStack"] = "at Plugin.Execute";

        Assert.NotNull(details);
        Assert.Same(details, fault.ErrorDetails);
        Assert.Equal("at Plugin.Execute", fault.ErrorDetails["CallStack"]);
    }

    [Fact]
    public void Fault_ErrorDetails_setter_replaces_the_collection()
    {
        // reference §4 Faults BaseServiceFault "[DataMember] get/set … ErrorDetails" (D1)
        var details = new ErrorDetailCollection();
        var fault = new OrganizationServiceFault { ErrorDetails = details };

        Assert.Same(details, fault.ErrorDetails);
    }

    [Fact]
    public void Fault_members_round_trip()
    {
        // reference §4 Faults: BaseServiceFault get/set members and OrganizationServiceFault TraceText/InnerFault (D1)
        var inner = new OrganizationServiceFault();
        var activity = Guid.NewGuid();
        var when = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        var fault = new OrganizationServiceFault
        {
            ErrorCode = IsvAborted,
            Message = "m",
            HelpLink = "h",
            Timestamp = when,
            ActivityId = activity,
            TraceText = "t",
            InnerFault = inner,
        };

        Assert.Equal(IsvAborted, fault.ErrorCode);
        Assert.Equal("m", fault.Message);
        Assert.Equal("h", fault.HelpLink);
        Assert.Equal(when, fault.Timestamp);
        Assert.Equal(activity, fault.ActivityId);
        Assert.Equal("t", fault.TraceText);
        Assert.Same(inner, fault.InnerFault);
    }
}
