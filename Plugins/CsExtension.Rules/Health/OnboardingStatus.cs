namespace CsExtension.Rules.Health
{
    public enum OnboardingStatus
    {
        NotStarted,
        InProgress,
        CompletedOnTime,
        CompletedLate,
        Overdue,
    }
}
