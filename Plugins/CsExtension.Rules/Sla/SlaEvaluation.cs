namespace CsExtension.Rules.Sla
{
    /// <summary>What time passing did to a request's SLA: its new state, and the notice its owner should get now, if any.</summary>
    public sealed class SlaEvaluation
    {
        public SlaEvaluation(SlaState state, SlaNotice? noticeDue)
        {
            State = state;
            NoticeDue = noticeDue;
        }

        public SlaState State { get; }

        /// <summary>The notice not sent yet for the request's status; record it with <see cref="SlaClock.NoticeSent"/> once it went out.</summary>
        public SlaNotice? NoticeDue { get; }
    }
}
