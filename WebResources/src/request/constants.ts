/** statuscode of csx_customerrequest. */
export const RequestStatus = {
  New: 1,
  Triaged: 615300000,
  EscalatedToDevelopment: 615300001,
  InDevelopment: 615300002,
  WaitingForCustomer: 615300003,
  Resolved: 2,
  WontFix: 615300004,
  Cancelled: 615300005,
} as const;

/** csx_slastatus. */
export const SlaStatus = {
  NotStarted: 615300000,
  InProgress: 615300001,
  NearingBreach: 615300002,
  Breached: 615300003,
  Met: 615300004,
  Paused: 615300005,
  Cancelled: 615300006,
} as const;

export const RequestColumns = {
  status: "statuscode",
  slaStatus: "csx_slastatus",
  priority: "csx_priority",
  resolutionNote: "csx_resolutionnote",
  workItemUrl: "csx_workitemurl",
  firstResponseOn: "csx_firstresponseon",
  responseDueOn: "csx_responsedueon",
  resolutionDueOn: "csx_resolutiondueon",
} as const;

/** Written by the SLA plugins only: always read-only on the form. */
export const SystemWrittenColumns: readonly string[] = [
  "csx_escalatedon",
  "csx_responsedueon",
  "csx_resolutiondueon",
  "csx_slastatus",
  "csx_pausedminutes",
  "csx_slapolicyid",
  "csx_arrimpact",
  "csx_requestingaccounts",
];

export const RequestEntityName = "csx_customerrequest";

/** csx_slapolicy.csx_workdays choice values (multi-select). */
export const WorkDayChoice = {
  Monday: 615300000,
  Tuesday: 615300001,
  Wednesday: 615300002,
  Thursday: 615300003,
  Friday: 615300004,
  Saturday: 615300005,
  Sunday: 615300006,
} as const;

export const SlaPolicyEntityName = "csx_slapolicy";
export const SlaHolidayEntityName = "csx_slaholiday";
/** The request's SLA policy lookup (written by the SLA plugins). */
export const RequestPolicyLookup = "csx_slapolicyid";
