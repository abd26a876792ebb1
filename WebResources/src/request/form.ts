// Customer request (csx_customerrequest) form script: live SLA countdown and fields required or locked by status.
// Registered on the form as CsExtension.Request.onLoad (form OnLoad) and CsExtension.Request.onStatusChange
// (statuscode OnChange), both with "Pass execution context as first parameter".
import { Language } from "../shared/language";
import { BusinessCalendar, calendarFromPolicy, POLICY_CALENDAR_COLUMNS, SlaPolicyCalendarRecord } from "./businessCalendar";
import {
  RequestColumns,
  RequestEntityName,
  RequestPolicyLookup,
  RequestStatus,
  SlaHolidayEntityName,
  SlaPolicyEntityName,
  SlaStatus,
  SystemWrittenColumns,
} from "./constants";
import { currentLanguage, requestLabels } from "./labels";

export type { BusinessCalendar } from "./businessCalendar";
export { RequestStatus, SlaStatus } from "./constants";

export const COUNTDOWN_NOTIFICATION_ID = "csx_slacountdown";
export const REFRESH_INTERVAL_MS = 60 * 1000;

export type CountdownLevel = "INFO" | "WARNING" | "ERROR";

export interface Countdown {
  text: string;
  level: CountdownLevel;
}

export interface CountdownOptions {
  /** Which due date is running: the response due (before the first response) or the resolution due. */
  kind?: "response" | "resolution";
  language?: Language;
}

/**
 * The SLA countdown shown on the form, or null when none is shown (clock not started, paused, met, cancelled, or no
 * due date). Level follows the SLA status: In progress → INFO, Nearing breach → WARNING, Breached → ERROR; a due date
 * already passed shows ERROR even before the sweep (csx_EvaluateSla) has moved the status to Breached.
 * Without a calendar the remaining time is wall-clock time and the text says so; with one it is business time, a day
 * being the calendar's working minutes per day.
 */
export function slaCountdown(
  now: Date,
  dueUtc: Date | null | undefined,
  status: number | null | undefined,
  calendar?: BusinessCalendar | null,
  options: CountdownOptions = {},
): Countdown | null {
  let level: CountdownLevel;
  switch (status) {
    case SlaStatus.InProgress:
      level = "INFO";
      break;
    case SlaStatus.NearingBreach:
      level = "WARNING";
      break;
    case SlaStatus.Breached:
      level = "ERROR";
      break;
    default:
      return null;
  }
  if (!dueUtc || isNaN(dueUtc.getTime())) {
    return null;
  }
  const labels = requestLabels(options.language ?? "en");
  const what = options.kind === "response" ? labels.responseDue : labels.resolutionDue;
  const minutes = calendar
    ? calendar.businessMinutesBetween(now, dueUtc)
    : (dueUtc.getTime() - now.getTime()) / 60000;
  const note = calendar ? labels.businessTimeNote : labels.wallClockNote;
  const language = options.language ?? "en";
  const minutesPerDay = (calendar && calendar.workingMinutesPerDay) || 1440;
  if (minutes > 0) {
    const text = `${labels.dueIn(what, formatDuration(Math.ceil(minutes), language, minutesPerDay))} ${note}`;
    return { text, level };
  }
  const late = Math.floor(-minutes);
  return { text: `${labels.overdueBy(what, formatDuration(late, language, minutesPerDay))} ${note}`, level: "ERROR" };
}

/**
 * "1 d 3 h 5 min": days of 24 wall-clock hours, or for business minutes days of the calendar's working minutes per
 * day (`minutesPerDay`, e.g. 540 for 09:00–18:00).
 */
export function formatDuration(totalMinutes: number, language: Language = "en", minutesPerDay = 1440): string {
  const labels = requestLabels(language);
  if (totalMinutes < 1) {
    return labels.lessThanAMinute;
  }
  const days = Math.floor(totalMinutes / minutesPerDay);
  const hours = Math.floor((totalMinutes % minutesPerDay) / 60);
  const minutes = (totalMinutes % minutesPerDay) % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(labels.days(days));
  if (hours > 0) parts.push(labels.hours(hours));
  if (minutes > 0 || parts.length === 0) parts.push(labels.minutes(minutes));
  return parts.join(" ");
}

// ---------------------------------------------------------------------------------------------------------------
// Form handlers
// ---------------------------------------------------------------------------------------------------------------

let timer: ReturnType<typeof setInterval> | undefined;

/** The business calendar of the request's SLA policy once read; null until then, without a policy, or on errors. */
let calendar: BusinessCalendar | null = null;
/** The policy id the calendar belongs to ("" for none); undefined when not read yet in this form load. */
let calendarPolicyId: string | undefined;
/** Counts calendar loads, so that an answer overtaken by a later load is dropped. */
let calendarLoads = 0;

export function onLoad(executionContext: Xrm.Events.EventContext): void {
  const formContext = executionContext.getFormContext();
  calendar = null;
  calendarPolicyId = undefined;
  applyStatusRules(formContext);
  refreshCountdown(formContext);
  const firstResponse = formContext.getAttribute(RequestColumns.firstResponseOn);
  if (firstResponse) {
    firstResponse.addOnChange(() => refreshCountdown(formContext));
  }
  // The SLA columns are written by plugins: after each save the form reloads them, so recompute then too (a priority
  // change can bring another policy, hence another calendar).
  formContext.data.addOnLoad(() => {
    applyStatusRules(formContext);
    void loadCalendar(formContext);
    refreshCountdown(formContext);
  });
  startCountdown(formContext);
  void loadCalendar(formContext);
}

/**
 * Reads the business calendar of the request's SLA policy (the policy and its active holidays) once per form load, and
 * again only when the policy changes, then refreshes the countdown with it. Until it is read, without a policy, with a
 * time zone or hours this script cannot use, or when reading fails, the countdown stays in wall-clock time and says so.
 * Resolves when done (never rejects).
 */
export function loadCalendar(formContext: Xrm.FormContext): Promise<void> {
  const lookup = formContext.getAttribute(RequestPolicyLookup) as Xrm.Attributes.LookupAttribute | null;
  let policyId: Promise<string>;
  if (lookup) {
    const value = lookup.getValue();
    const id = normaliseId(value && value.length > 0 ? value[0].id : "");
    if (id === calendarPolicyId) return Promise.resolve();
    calendar = null;
    calendarPolicyId = id;
    policyId = Promise.resolve(id);
  } else {
    // The lookup is not on this form: ask the record (each time, as a save may have changed it).
    const recordId = normaliseId(formContext.data.entity.getId());
    policyId = recordId
      ? Promise.resolve()
          .then(() => Xrm.WebApi.retrieveRecord(RequestEntityName, recordId, `?$select=_${RequestPolicyLookup}_value`))
          .then((record) => normaliseId(record[`_${RequestPolicyLookup}_value`] as string | null | undefined))
      : Promise.resolve("");
  }

  const load = ++calendarLoads;
  const recordId = normaliseId(formContext.data.entity.getId());
  return policyId
    .then((id) => (id ? readCalendar(id) : null))
    .then(
      (read) => read,
      () => null,
    )
    .then((read) => {
      if (load !== calendarLoads) return;
      const changed = read !== calendar;
      calendar = read;
      if (!changed || !isFormStillOpen(recordId)) return;
      try {
        refreshCountdown(formContext);
      } catch {
        // The form context is gone (form closed).
      }
    });
}

/** The calendar of a policy, or null when its time zone or hours are not usable here; rejects when reading fails. */
function readCalendar(policyId: string): Promise<BusinessCalendar | null> {
  return Promise.resolve().then(() =>
    Promise.all([
      Xrm.WebApi.retrieveRecord(SlaPolicyEntityName, policyId, `?$select=${POLICY_CALENDAR_COLUMNS.join(",")}`),
      Xrm.WebApi.retrieveMultipleRecords(
        SlaHolidayEntityName,
        `?$select=csx_date&$filter=_${RequestPolicyLookup}_value eq ${policyId} and statecode eq 0`,
      ),
    ]).then(([policy, holidays]) =>
      calendarFromPolicy(
        policy as SlaPolicyCalendarRecord,
        holidays.entities
          .map((holiday) => holiday.csx_date as unknown)
          .filter((date): date is string => typeof date === "string"),
      ),
    ),
  );
}

export function onStatusChange(executionContext: Xrm.Events.EventContext): void {
  const formContext = executionContext.getFormContext();
  applyStatusRules(formContext);
  refreshCountdown(formContext);
}

/** Starts the one-minute refresh; a previous timer (an earlier form load) is stopped first. */
export function startCountdown(formContext: Xrm.FormContext): void {
  stopCountdown();
  const recordId = normaliseId(formContext.data.entity.getId());
  timer = setInterval(() => {
    if (!isFormStillOpen(recordId)) {
      stopCountdown();
      return;
    }
    try {
      refreshCountdown(formContext);
    } catch {
      // The form context is gone (form closed): stop refreshing.
      stopCountdown();
    }
  }, REFRESH_INTERVAL_MS);
}

export function stopCountdown(): void {
  if (timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
}

/** True while the page shown is still this request's form (there is no form OnClose event in the Client API). */
function isFormStillOpen(recordId: string): boolean {
  try {
    const input = Xrm.Utility.getPageContext().input as { pageType?: string; entityName?: string; entityId?: string };
    return (
      input.pageType === "entityrecord" &&
      input.entityName === RequestEntityName &&
      normaliseId(input.entityId) === recordId
    );
  } catch {
    return false;
  }
}

function normaliseId(id: string | null | undefined): string {
  return (id ?? "").replace(/[{}]/g, "").toLowerCase();
}

/** Shows, refreshes or clears the countdown notification from the form's current values. */
export function refreshCountdown(formContext: Xrm.FormContext, now: Date = new Date()): Countdown | null {
  const slaStatus = optionValue(formContext, RequestColumns.slaStatus);
  const responded = dateValue(formContext, RequestColumns.firstResponseOn) !== null;
  const kind = responded ? "resolution" : "response";
  const due = dateValue(formContext, responded ? RequestColumns.resolutionDueOn : RequestColumns.responseDueOn);
  const countdown = slaCountdown(now, due, slaStatus, calendar, { kind, language: currentLanguage() });
  if (countdown) {
    formContext.ui.setFormNotification(countdown.text, countdown.level, COUNTDOWN_NOTIFICATION_ID);
  } else {
    formContext.ui.clearFormNotification(COUNTDOWN_NOTIFICATION_ID);
  }
  return countdown;
}

/**
 * Required and locked fields by status: SLA columns always locked; resolution note required when Resolved or
 * Won't fix; priority locked once resolved (Resolved, Won't fix) or cancelled; work item URL required when In
 * development.
 */
export function applyStatusRules(formContext: Xrm.FormContext): void {
  const status = optionValue(formContext, RequestColumns.status);
  const resolved = status === RequestStatus.Resolved || status === RequestStatus.WontFix;
  const closed = resolved || status === RequestStatus.Cancelled;

  for (const column of SystemWrittenColumns) {
    setDisabled(formContext, column, true);
  }
  setRequired(formContext, RequestColumns.resolutionNote, resolved ? "required" : "none");
  setDisabled(formContext, RequestColumns.priority, closed);
  setRequired(formContext, RequestColumns.workItemUrl, status === RequestStatus.InDevelopment ? "required" : "none");
}

function setDisabled(formContext: Xrm.FormContext, column: string, disabled: boolean): void {
  const attribute = formContext.getAttribute(column);
  if (!attribute) return;
  attribute.controls.forEach((control) => {
    (control as Xrm.Controls.StandardControl).setDisabled(disabled);
  });
}

function setRequired(formContext: Xrm.FormContext, column: string, level: Xrm.Attributes.RequirementLevel): void {
  const attribute = formContext.getAttribute(column);
  if (attribute) attribute.setRequiredLevel(level);
}

function optionValue(formContext: Xrm.FormContext, column: string): number | null {
  const attribute = formContext.getAttribute(column);
  const value = attribute ? attribute.getValue() : null;
  return typeof value === "number" ? value : null;
}

function dateValue(formContext: Xrm.FormContext, column: string): Date | null {
  const attribute = formContext.getAttribute(column);
  const value = attribute ? attribute.getValue() : null;
  return value instanceof Date ? value : null;
}
