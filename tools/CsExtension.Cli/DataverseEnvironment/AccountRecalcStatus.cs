namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>How the recalculation of one account ended.</summary>
    public enum AccountRecalcStatus
    {
        /// <summary>The server answered: done.</summary>
        Recalculated,

        /// <summary>The answer was lost, but csx_healthcalculatedon moved: done (and deliberately not sent again).</summary>
        ConfirmedAfterLostAnswer,

        /// <summary>Not done: the server refused it, or it could not be sent.</summary>
        Failed,

        /// <summary>The answer was lost and reading the stamp failed too: whether it was done is not known yet.</summary>
        Unresolved,
    }
}
