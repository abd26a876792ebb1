using System.Collections.Generic;

namespace CsExtension.Cli.DataverseEnvironment
{
    /// <summary>What a recalc --all run did.</summary>
    /// <param name="Total">Active accounts in the environment.</param>
    /// <param name="DoneEarlier">Done by an earlier, interrupted run (including its in-flight accounts found done by their stamp).</param>
    /// <param name="Recalculated">Recalculated by this run, answer received.</param>
    /// <param name="ConfirmedAfterLostAnswer">Recalculated by this run although the answer was lost, as their stamp showed.</param>
    /// <param name="Gone">Listed as active but deleted before their batch: nothing to recalculate.</param>
    /// <param name="Unresolved">Answer lost and the check failed too: the next run checks them before anything is resent.</param>
    /// <param name="Interrupted">Stopped before the end (Ctrl+C); the checkpoint holds the progress.</param>
    public sealed record BulkRecalcOutcome(
        int Total,
        int DoneEarlier,
        int Recalculated,
        int ConfirmedAfterLostAnswer,
        int Gone,
        IReadOnlyList<AccountFailure> Failures,
        int Unresolved,
        bool Interrupted)
    {
        public int DoneNow => DoneEarlier + Recalculated + ConfirmedAfterLostAnswer + Gone;

        public bool Complete => !Interrupted && Failures.Count == 0 && Unresolved == 0;
    }
}
