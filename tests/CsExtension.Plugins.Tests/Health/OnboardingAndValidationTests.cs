using System;
using System.ServiceModel;
using CsExtension.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using CsExtension.Scenarios;
using Xunit;

namespace CsExtension.Plugins.Tests.Health;

public class OnboardingAndValidationTests : IDisposable
{
    private readonly CsWorld _world = new();

    public void Dispose() => _world.AssertNoFailedSystemJobs();

    [Fact]
    public void The_first_active_contract_starts_onboarding_due_30_days_later()
    {
        var account = _world.CreateAccount("Contoso");

        _world.AddActiveContract(account);

        var saved = _world.Account(account);
        Assert.Equal(Choices.OnboardingStatus.InProgress, saved.GetAttributeValue<OptionSetValue>("csx_onboardingstatus").Value);
        Assert.Equal(_world.Now.Date, saved.GetAttributeValue<DateTime>("csx_onboardingstartedon"));
        Assert.Equal(_world.Now.Date.AddDays(30), saved.GetAttributeValue<DateTime>("csx_onboardingdueon"));
    }

    [Fact]
    public void An_onboarding_review_within_30_days_completes_onboarding_on_time()
    {
        var account = _world.CreateAccount("Contoso");
        _world.AddActiveContract(account);
        _world.AdvanceDays(20);

        _world.CompleteMeeting(account, Choices.MeetingType.OnboardingReview);

        var saved = _world.Account(account);
        Assert.Equal(Choices.OnboardingStatus.CompletedOnTime, saved.GetAttributeValue<OptionSetValue>("csx_onboardingstatus").Value);
        Assert.Equal(_world.Now.Date, saved.GetAttributeValue<DateTime>("csx_onboardingcompletedon"));
        Assert.Equal(100, saved.GetAttributeValue<int?>("csx_healthonboarding"));
    }

    [Fact]
    public void Half_the_seats_active_after_the_due_date_completes_onboarding_late()
    {
        var account = _world.CreateAccount("Contoso");
        _world.AddActiveContract(account);
        _world.AdvanceDays(40);

        _world.AddSnapshot(account, activeUsers: 55, seats: 100);

        var saved = _world.Account(account);
        Assert.Equal(Choices.OnboardingStatus.CompletedLate, saved.GetAttributeValue<OptionSetValue>("csx_onboardingstatus").Value);
        Assert.Equal(70, saved.GetAttributeValue<int?>("csx_healthonboarding"));
    }

    [Theory]
    [InlineData(10, -5, 30, "seats")]
    [InlineData(120, 100, 30, "seats")]
    [InlineData(10, 100, -3, "end")]
    public void A_snapshot_a_rep_would_not_trust_is_refused_and_nothing_is_written(int active, int seats, int periodDays, string mentioned)
    {
        var account = _world.CreateAccount("Contoso");

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() =>
            _world.AddSnapshot(account, activeUsers: active, seats: seats, periodDays: periodDays));

        Assert.StartsWith("This usage snapshot cannot be saved: ", error.Detail.Message);
        Assert.Contains(mentioned, error.Detail.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_world.Query("csx_usagesnapshot").Entities);
        Assert.Empty(_world.Emulator.SystemJobs);
    }
}
