// The working hours of an SLA policy on the client: the same calendar as the plug-ins' C# BusinessCalendar
// (Plugins/CsExtension.Rules/Sla/BusinessCalendar.cs), used by the form's countdown to show business time remaining.
import { WorkDayChoice } from "./constants";

/** What the countdown needs from a calendar. */
export interface BusinessCalendar {
  /** Business minutes from `fromUtc` to `toUtc` (negative when `toUtc` is before `fromUtc`). */
  businessMinutesBetween(fromUtc: Date, toUtc: Date): number;
  /** Working minutes of an ordinary work day: what "a day" of business time means (1440 when absent). */
  readonly workingMinutesPerDay?: number;
}

export interface BusinessHoursSettings {
  /** IANA time zone of the working hours, e.g. "Asia/Tokyo". */
  timeZone: string;
  /** Work days as JavaScript (and .NET DayOfWeek) numbers: 0 = Sunday … 6 = Saturday. */
  workDays: readonly number[];
  /** Minutes after local midnight: start inclusive (0–1439), end exclusive (1–1440). */
  dayStartMinutes: number;
  dayEndMinutes: number;
  /** Optional break inside the day, both or neither. */
  breakStartMinutes?: number | null;
  breakEndMinutes?: number | null;
  /** Holidays as local dates, "YYYY-MM-DD" (anything after the date, such as a time, is ignored). */
  holidays?: readonly string[];
}

const MS_PER_MINUTE = 60 * 1000;
const MS_PER_DAY = 1440 * MS_PER_MINUTE;
// The offset never changes and changes back within a week (the C# calendar makes the same assumption).
const STRETCH_MS = 7 * MS_PER_DAY;

/**
 * Windows time zone ids (what csx_slapolicy.csx_timezone holds, as .NET reads them in the plug-ins) → IANA zones (what
 * the browser's Intl knows), after CLDR's windowsZones (territory 001). Ids not listed give no calendar.
 */
export const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  UTC: "UTC",
  "GMT Standard Time": "Europe/London",
  "Greenwich Standard Time": "Atlantic/Reykjavik",
  "W. Europe Standard Time": "Europe/Berlin",
  "Central Europe Standard Time": "Europe/Budapest",
  "Central European Standard Time": "Europe/Warsaw",
  "Romance Standard Time": "Europe/Paris",
  "GTB Standard Time": "Europe/Bucharest",
  "FLE Standard Time": "Europe/Kiev",
  "Turkey Standard Time": "Europe/Istanbul",
  "Israel Standard Time": "Asia/Jerusalem",
  "South Africa Standard Time": "Africa/Johannesburg",
  "Russian Standard Time": "Europe/Moscow",
  "Arabian Standard Time": "Asia/Dubai",
  "India Standard Time": "Asia/Kolkata",
  "SE Asia Standard Time": "Asia/Bangkok",
  "China Standard Time": "Asia/Shanghai",
  "Taipei Standard Time": "Asia/Taipei",
  "Singapore Standard Time": "Asia/Singapore",
  "Tokyo Standard Time": "Asia/Tokyo",
  "Korea Standard Time": "Asia/Seoul",
  "AUS Eastern Standard Time": "Australia/Sydney",
  "E. Australia Standard Time": "Australia/Brisbane",
  "New Zealand Standard Time": "Pacific/Auckland",
  "Hawaiian Standard Time": "Pacific/Honolulu",
  "Alaskan Standard Time": "America/Anchorage",
  "Pacific Standard Time": "America/Los_Angeles",
  "US Mountain Standard Time": "America/Phoenix",
  "Mountain Standard Time": "America/Denver",
  "Central Standard Time": "America/Chicago",
  "Canada Central Standard Time": "America/Regina",
  "Eastern Standard Time": "America/New_York",
  "Atlantic Standard Time": "America/Halifax",
  "E. South America Standard Time": "America/Sao_Paulo",
};

/** The IANA zone for a Windows time zone id (trimmed, case-insensitive like .NET), or undefined when not known here. */
export function ianaZoneOf(windowsId: string | null | undefined): string | undefined {
  const wanted = (windowsId ?? "").trim().toLowerCase();
  if (!wanted) return undefined;
  const key = Object.keys(WINDOWS_TO_IANA).find((id) => id.toLowerCase() === wanted);
  return key === undefined ? undefined : WINDOWS_TO_IANA[key];
}

const formatters: Record<string, Intl.DateTimeFormat> = {};

function formatterFor(ianaZone: string): Intl.DateTimeFormat {
  let formatter = formatters[ianaZone];
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: ianaZone,
      hour12: false,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters[ianaZone] = formatter;
  }
  return formatter;
}

/** Local time minus UTC at an instant, in milliseconds (exact: zone data changes offsets on whole seconds). */
function offsetMsAt(utcMs: number, ianaZone: string): number {
  const wholeSecond = Math.floor(utcMs / 1000) * 1000;
  const fields: Record<string, number> = {};
  for (const part of formatterFor(ianaZone).formatToParts(new Date(wholeSecond))) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  // Some engines write midnight as 24 with hour12: false.
  const hour = fields.hour === 24 ? 0 : fields.hour;
  const localAsUtc = Date.UTC(fields.year, fields.month - 1, fields.day, hour, fields.minute, fields.second);
  return localAsUtc - wholeSecond;
}

/** The zone's offset from UTC in force at `date`, in minutes (Tokyo → 540, New York in winter → −300). */
export function offsetMinutesAt(date: Date, ianaZone: string): number {
  return Math.round(offsetMsAt(date.getTime(), ianaZone) / MS_PER_MINUTE);
}

/** Whether this browser's Intl knows the IANA zone. */
export function isKnownIanaZone(ianaZone: string): boolean {
  try {
    formatterFor(ianaZone);
    return true;
  } catch {
    return false;
  }
}

/** Why settings make no calendar (the C# validator's rules for the hours), or an empty list when they are usable. */
export function hoursProblems(settings: BusinessHoursSettings): string[] {
  const problems: string[] = [];
  const { workDays, dayStartMinutes: start, dayEndMinutes: end } = settings;
  const breakStart = settings.breakStartMinutes ?? null;
  const breakEnd = settings.breakEndMinutes ?? null;
  if (workDays.length === 0) problems.push("no work day");
  if (workDays.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) problems.push("a work day is not a day of the week");
  if (!Number.isInteger(start) || start < 0 || start >= 1440) problems.push("day start outside 00:00–23:59");
  if (!Number.isInteger(end) || end <= 0 || end > 1440) problems.push("day end outside 00:01–24:00");
  if (end <= start) problems.push("day ends before it starts");
  if ((breakStart === null) !== (breakEnd === null)) {
    problems.push("break start or end missing");
  } else if (breakStart !== null && breakEnd !== null) {
    if (!Number.isInteger(breakStart) || !Number.isInteger(breakEnd) || breakEnd <= breakStart) {
      problems.push("break ends before it starts");
    } else if (breakStart < start || breakEnd > end) {
      problems.push("break outside the day");
    } else if (breakStart === start && breakEnd === end) {
      problems.push("break takes the whole day");
    }
  }
  return problems;
}

/** Day number (days since 1970-01-01) of a "YYYY-MM-DD" date, or null when it does not start with one. */
function dayNumberOf(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/**
 * Business hours in a time zone: work days, a daily window in local wall-clock time (end exclusive) with an optional
 * break, and holidays (local dates). Same semantics as the C# BusinessCalendar: instants are UTC and are read in the
 * calendar's zone with the offset in force at each instant, so a local hour skipped in spring is never worked and an
 * hour lived twice in autumn is worked each time it falls inside working hours.
 */
export class BusinessHoursCalendar implements BusinessCalendar {
  readonly timeZone: string;
  readonly workingMinutesPerDay: number;
  private readonly isWorkWeekday: boolean[] = [false, false, false, false, false, false, false];
  /** Working periods of a work day, [start, end) in milliseconds after local midnight. */
  private readonly periods: ReadonlyArray<readonly [number, number]>;
  private readonly holidayDays: { [day: number]: true } = {};

  /** @throws Error when the hours are not a usable calendar or the browser does not know the zone. */
  constructor(settings: BusinessHoursSettings) {
    const problems = hoursProblems(settings);
    if (problems.length > 0) throw new Error(`Not a usable business calendar: ${problems.join("; ")}.`);
    if (!isKnownIanaZone(settings.timeZone)) throw new Error(`Unknown time zone: ${settings.timeZone}.`);

    this.timeZone = settings.timeZone;
    for (const day of settings.workDays) this.isWorkWeekday[day] = true;
    const { dayStartMinutes: start, dayEndMinutes: end } = settings;
    const breakStart = settings.breakStartMinutes;
    const breakEnd = settings.breakEndMinutes;
    const minutes: Array<[number, number]> =
      breakStart !== null && breakStart !== undefined && breakEnd !== null && breakEnd !== undefined
        ? [
            [start, breakStart],
            [breakEnd, end],
          ]
        : [[start, end]];
    this.periods = minutes.map(([s, e]) => [s * MS_PER_MINUTE, e * MS_PER_MINUTE] as const);
    this.workingMinutesPerDay = minutes.reduce((sum, [s, e]) => sum + (e - s), 0);
    for (const holiday of settings.holidays ?? []) {
      const day = dayNumberOf(holiday);
      if (day !== null) this.holidayDays[day] = true;
    }
  }

  /**
   * Working minutes in [fromUtc, toUtc) — negative (minus those in [toUtc, fromUtc)) when toUtc is earlier. Exact to
   * the millisecond, so it can be fractional: Math.floor of it is the C# calendar's whole minutes.
   */
  businessMinutesBetween(fromUtc: Date, toUtc: Date): number {
    const from = fromUtc.getTime();
    const to = toUtc.getTime();
    if (isNaN(from) || isNaN(to)) return NaN;
    return to >= from ? this.workedMs(from, to) / MS_PER_MINUTE : -this.workedMs(to, from) / MS_PER_MINUTE;
  }

  /** Whether the instant lies inside working time (a period's end does not). */
  isWorkingMoment(utc: Date): boolean {
    const t = utc.getTime();
    const local = t + offsetMsAt(t, this.timeZone);
    return this.workedLocal(local, local + 1) > 0;
  }

  /** Working milliseconds in [from, to), UTC: over stretches of one offset, local time is UTC plus a constant. */
  private workedMs(from: number, to: number): number {
    let worked = 0;
    for (let t = from; t < to; ) {
      const offset = offsetMsAt(t, this.timeZone);
      const stretchEnd = this.sameOffsetUntil(t, offset, to);
      worked += this.workedLocal(t + offset, stretchEnd + offset);
      t = stretchEnd;
    }
    return worked;
  }

  /** The end (exclusive) of the stretch from `t` over which the offset stays `offset`: `limit`, a week on, or the change. */
  private sameOffsetUntil(t: number, offset: number, limit: number): number {
    const probe = Math.min(t + STRETCH_MS, limit);
    if (offsetMsAt(probe, this.timeZone) === offset) return probe;
    let same = t;
    let changed = probe;
    while (changed - same > 1) {
      const middle = same + Math.floor((changed - same) / 2);
      if (offsetMsAt(middle, this.timeZone) === offset) same = middle;
      else changed = middle;
    }
    return changed;
  }

  /** Working milliseconds in the local wall-clock range [from, to), walking its local days. */
  private workedLocal(from: number, to: number): number {
    let worked = 0;
    for (let day = Math.floor(from / MS_PER_DAY); day * MS_PER_DAY < to; day++) {
      if (!this.isWorkDay(day)) continue;
      const midnight = day * MS_PER_DAY;
      for (const [start, end] of this.periods) {
        worked += Math.max(0, Math.min(to, midnight + end) - Math.max(from, midnight + start));
      }
    }
    return worked;
  }

  private isWorkDay(day: number): boolean {
    // 1970-01-01 was a Thursday (4).
    const weekday = (((day + 4) % 7) + 7) % 7;
    return this.isWorkWeekday[weekday] && !this.holidayDays[day];
  }
}

/** csx_slapolicy columns the calendar is built from, as the Web API returns them. */
export interface SlaPolicyCalendarRecord {
  /** Multi-select choice: a comma-separated string of values ("615300000,615300001"), Monday = 615300000. */
  csx_workdays?: string | number | null;
  csx_daystartminutes?: number | null;
  csx_dayendminutes?: number | null;
  csx_breakstartminutes?: number | null;
  csx_breakendminutes?: number | null;
  /** Windows time zone id, e.g. "Tokyo Standard Time". */
  csx_timezone?: string | null;
}

export const POLICY_CALENDAR_COLUMNS: readonly string[] = [
  "csx_workdays",
  "csx_daystartminutes",
  "csx_dayendminutes",
  "csx_breakstartminutes",
  "csx_breakendminutes",
  "csx_timezone",
];

/** Work-day choice values (Monday = 615300000 … Sunday = 615300006) → 0 = Sunday … 6 = Saturday. */
export function workDaysOf(value: string | number | null | undefined): number[] {
  return String(value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "")
    .map((v) => Number(v) - WorkDayChoice.Monday)
    .filter((offset) => Number.isInteger(offset) && offset >= 0 && offset <= 6)
    .map((offset) => (offset + 1) % 7);
}

/**
 * The calendar of an SLA policy and its holidays (csx_date values), read as the plug-ins read it (no time zone means
 * UTC, no day start or end means 0); null when the time zone is not one this script knows or the hours are not usable.
 */
export function calendarFromPolicy(
  policy: SlaPolicyCalendarRecord,
  holidays: readonly string[],
): BusinessHoursCalendar | null {
  const windowsId = policy.csx_timezone && policy.csx_timezone.trim() ? policy.csx_timezone : "UTC";
  const timeZone = ianaZoneOf(windowsId);
  if (!timeZone) return null;
  try {
    return new BusinessHoursCalendar({
      timeZone,
      workDays: workDaysOf(policy.csx_workdays),
      dayStartMinutes: policy.csx_daystartminutes ?? 0,
      dayEndMinutes: policy.csx_dayendminutes ?? 0,
      breakStartMinutes: policy.csx_breakstartminutes ?? null,
      breakEndMinutes: policy.csx_breakendminutes ?? null,
      holidays,
    });
  } catch {
    return null;
  }
}
