import { describe, expect, it } from "vitest";
import {
  BusinessHoursCalendar,
  BusinessHoursSettings,
  calendarFromPolicy,
  ianaZoneOf,
  isKnownIanaZone,
  offsetMinutesAt,
  WINDOWS_TO_IANA,
  workDaysOf,
} from "../../src/request/businessCalendar";
import { formatDuration, SlaStatus, slaCountdown } from "../../src/request/form";

const MON_FRI = [1, 2, 3, 4, 5];
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

function calendar(windowsId: string, settings: Partial<BusinessHoursSettings> = {}): BusinessHoursCalendar {
  const timeZone = ianaZoneOf(windowsId);
  if (!timeZone) throw new Error(`no zone for ${windowsId}`);
  return new BusinessHoursCalendar({ timeZone, workDays: MON_FRI, dayStartMinutes: 540, dayEndMinutes: 1080, ...settings });
}

const between = (c: BusinessHoursCalendar, from: string, to: string) => c.businessMinutesBetween(new Date(from), new Date(to));
const wallClockMinutes = (from: string, to: string) => (new Date(to).getTime() - new Date(from).getTime()) / 60000;

// Tokyo, Monday to Friday 09:00–18:00, Golden Week holidays 4–6 May 2026 (Monday to Wednesday).
const GOLDEN_WEEK = ["2026-05-04", "2026-05-05", "2026-05-06"];
const tokyo = calendar("Tokyo Standard Time", { holidays: GOLDEN_WEEK });

describe("BusinessHoursCalendar.businessMinutesBetween", () => {
  it("Tokyo: Friday 19:30 after hours, weekend, three holidays, then Thursday 09:00–13:00 = 240", () => {
    expect(between(tokyo, "2026-05-01T19:30:00+09:00", "2026-05-07T13:00:00+09:00")).toBe(240);
  });

  it("with a 12:00–13:00 lunch break the same span is 09:00–12:00 = 180", () => {
    const withLunch = calendar("Tokyo Standard Time", { holidays: GOLDEN_WEEK, breakStartMinutes: 720, breakEndMinutes: 780 });
    expect(between(withLunch, "2026-05-01T19:30:00+09:00", "2026-05-07T13:00:00+09:00")).toBe(180);
    expect(withLunch.workingMinutesPerDay).toBe(480);
    // Inside the break nothing is counted; the day's end is exclusive.
    expect(between(withLunch, "2026-05-07T12:10:00+09:00", "2026-05-07T12:50:00+09:00")).toBe(0);
    expect(between(withLunch, "2026-05-07T11:00:00+09:00", "2026-05-07T14:00:00+09:00")).toBe(120);
    expect(withLunch.isWorkingMoment(new Date("2026-05-07T12:00:00+09:00"))).toBe(false);
    expect(withLunch.isWorkingMoment(new Date("2026-05-07T13:00:00+09:00"))).toBe(true);
    expect(withLunch.isWorkingMoment(new Date("2026-05-07T18:00:00+09:00"))).toBe(false);
  });

  it("over a weekend: Friday 16:00 → Monday 11:00 = 120 + 120", () => {
    expect(between(tokyo, "2026-05-08T16:00:00+09:00", "2026-05-11T11:00:00+09:00")).toBe(240);
  });

  it("whole weeks: five working days a week of 540 minutes", () => {
    expect(between(tokyo, "2026-05-11T00:00:00+09:00", "2026-05-25T00:00:00+09:00")).toBe(2 * 5 * 540);
    expect(tokyo.workingMinutesPerDay).toBe(540);
  });

  it("reversed span is negative; empty span is 0", () => {
    expect(between(tokyo, "2026-05-07T13:00:00+09:00", "2026-05-01T19:30:00+09:00")).toBe(-240);
    expect(between(tokyo, "2026-05-07T13:00:00+09:00", "2026-05-07T13:00:00+09:00")).toBe(0);
  });

  it("is exact to the millisecond (the C# calendar's whole minutes are its floor)", () => {
    expect(between(tokyo, "2026-05-07T09:00:30+09:00", "2026-05-07T09:05:00+09:00")).toBe(4.5);
    expect(between(tokyo, "2026-05-07T08:59:59.500+09:00", "2026-05-07T09:00:30+09:00")).toBe(0.5);
  });

  it("Pacific across the spring change of 8 March 2026: Friday 09:00–17:00 and Monday 09:00–10:00 = 480 + 60", () => {
    const pacific = calendar("Pacific Standard Time", { dayStartMinutes: 540, dayEndMinutes: 1020 });
    const from = "2026-03-06T09:00:00-08:00"; // PST
    const to = "2026-03-09T10:00:00-07:00"; // PDT
    expect(between(pacific, from, to)).toBe(540);
    expect(wallClockMinutes(from, to)).toBe(72 * 60); // local 09:00 → 10:00 three days on, less the skipped hour
  });

  it("Pacific: the local hour skipped in spring is never worked, the one lived twice in autumn is worked twice", () => {
    // Sundays 00:00–06:00: on 8 March 02:00–03:00 does not exist, so 5 h.
    const sundayNight = calendar("Pacific Standard Time", { workDays: [0], dayStartMinutes: 0, dayEndMinutes: 360 });
    expect(between(sundayNight, "2026-03-07T12:00:00-08:00", "2026-03-09T12:00:00-07:00")).toBe(300);
    // Sundays 01:30–03:00 on 1 November: 01:30–02:00 PDT, then (01:00 PST again) 01:30–03:00 PST = 30 + 90.
    const lateNight = calendar("Pacific Standard Time", { workDays: [0], dayStartMinutes: 90, dayEndMinutes: 180 });
    expect(between(lateNight, "2026-10-31T12:00:00Z", "2026-11-02T12:00:00Z")).toBe(120);
    expect(between(lateNight, "2026-11-01T08:30:00Z", "2026-11-01T09:00:00Z")).toBe(30);
    expect(between(lateNight, "2026-11-01T09:00:00Z", "2026-11-01T09:30:00Z")).toBe(0);
  });

  it("GMT Standard Time across 29 March 2026: Friday 16:00 GMT → Monday 10:00 BST = 60 + 60", () => {
    const london = calendar("GMT Standard Time", { dayStartMinutes: 540, dayEndMinutes: 1020 });
    const from = "2026-03-27T16:00:00Z"; // 16:00 GMT
    const to = "2026-03-30T09:00:00Z"; // 10:00 BST
    expect(between(london, from, to)).toBe(120);
    expect(wallClockMinutes(from, to)).toBe(65 * 60);
    // 09:00 BST on Monday is 08:00 UTC: working starts there, not at 09:00 UTC.
    expect(london.isWorkingMoment(new Date("2026-03-30T08:00:00Z"))).toBe(true);
    expect(london.isWorkingMoment(new Date("2026-03-27T08:30:00Z"))).toBe(false);
    // Sunday 00:00–04:00 on the change day holds only 3 hours.
    const sundayNight = calendar("GMT Standard Time", { workDays: [0], dayStartMinutes: 0, dayEndMinutes: 240 });
    expect(between(sundayNight, "2026-03-28T12:00:00Z", "2026-03-30T12:00:00Z")).toBe(180);
  });

  it("24×7 across midnight counts every minute; a holiday the next day stops it at midnight", () => {
    const utc = calendar("UTC", { workDays: EVERY_DAY, dayStartMinutes: 0, dayEndMinutes: 1440 });
    expect(utc.workingMinutesPerDay).toBe(1440);
    expect(between(utc, "2026-05-01T23:00:00Z", "2026-05-02T01:30:00Z")).toBe(150);
    const tokyo247 = calendar("Tokyo Standard Time", {
      workDays: EVERY_DAY,
      dayStartMinutes: 0,
      dayEndMinutes: 1440,
      holidays: ["2026-05-02"],
    });
    expect(between(tokyo247, "2026-05-01T23:00:00+09:00", "2026-05-02T01:30:00+09:00")).toBe(60);
    // Across a daylight-saving change a 24×7 calendar is wall-clock time.
    const pacific247 = calendar("Pacific Standard Time", { workDays: EVERY_DAY, dayStartMinutes: 0, dayEndMinutes: 1440 });
    expect(between(pacific247, "2026-03-08T00:00:00-08:00", "2026-03-08T04:00:00-07:00")).toBe(180);
  });
});

describe("offsetMinutesAt", () => {
  it("gives the offset in force at the instant", () => {
    expect(offsetMinutesAt(new Date("2026-05-01T00:00:00Z"), "Asia/Tokyo")).toBe(540);
    expect(offsetMinutesAt(new Date("2026-01-15T12:00:00Z"), "Europe/London")).toBe(0);
    expect(offsetMinutesAt(new Date("2026-07-15T12:00:00Z"), "Europe/London")).toBe(60);
    expect(offsetMinutesAt(new Date("2026-03-08T09:59:59Z"), "America/Los_Angeles")).toBe(-480);
    expect(offsetMinutesAt(new Date("2026-03-08T10:00:00Z"), "America/Los_Angeles")).toBe(-420);
    expect(offsetMinutesAt(new Date("2026-05-01T00:00:00Z"), "Asia/Kolkata")).toBe(330);
    expect(offsetMinutesAt(new Date("2026-01-15T00:00:00Z"), "Australia/Sydney")).toBe(660);
    expect(offsetMinutesAt(new Date("2026-07-15T00:00:00Z"), "Australia/Sydney")).toBe(600);
    expect(offsetMinutesAt(new Date("2026-05-01T00:00:00Z"), "UTC")).toBe(0);
  });
});

describe("Windows time zones", () => {
  it.each([
    ["UTC", "UTC"],
    ["GMT Standard Time", "Europe/London"],
    ["W. Europe Standard Time", "Europe/Berlin"],
    ["Romance Standard Time", "Europe/Paris"],
    ["Tokyo Standard Time", "Asia/Tokyo"],
    ["Korea Standard Time", "Asia/Seoul"],
    ["China Standard Time", "Asia/Shanghai"],
    ["Singapore Standard Time", "Asia/Singapore"],
    ["India Standard Time", "Asia/Kolkata"],
    ["AUS Eastern Standard Time", "Australia/Sydney"],
    ["Pacific Standard Time", "America/Los_Angeles"],
    ["Mountain Standard Time", "America/Denver"],
    ["Central Standard Time", "America/Chicago"],
    ["Eastern Standard Time", "America/New_York"],
  ])("%s → %s", (windowsId, iana) => {
    expect(ianaZoneOf(windowsId)).toBe(iana);
  });

  it("every zone of the table is known to Intl", () => {
    for (const iana of Object.values(WINDOWS_TO_IANA)) {
      expect(isKnownIanaZone(iana), iana).toBe(true);
    }
  });

  it("ids are matched trimmed and case-insensitively, like .NET; unknown ids have no zone", () => {
    expect(ianaZoneOf("  tokyo standard time ")).toBe("Asia/Tokyo");
    expect(ianaZoneOf("Mars Standard Time")).toBeUndefined();
    expect(ianaZoneOf("")).toBeUndefined();
    expect(ianaZoneOf(null)).toBeUndefined();
  });
});

describe("calendarFromPolicy", () => {
  const policy = {
    csx_workdays: "615300000,615300001,615300002,615300003,615300004",
    csx_daystartminutes: 540,
    csx_dayendminutes: 1080,
    csx_breakstartminutes: null,
    csx_breakendminutes: null,
    csx_timezone: "Tokyo Standard Time",
  };

  it("work days: Monday = 615300000 … Sunday = 615300006 → 1 … 0", () => {
    expect(workDaysOf("615300000,615300001")).toEqual([1, 2]);
    expect(workDaysOf("615300005, 615300006")).toEqual([6, 0]);
    expect(workDaysOf(615300004)).toEqual([5]);
    expect(workDaysOf(null)).toEqual([]);
    expect(workDaysOf("1,615300009")).toEqual([]);
  });

  it("builds the policy's calendar with its holidays", () => {
    const c = calendarFromPolicy(policy, GOLDEN_WEEK);
    expect(c?.timeZone).toBe("Asia/Tokyo");
    expect(c?.businessMinutesBetween(new Date("2026-05-01T19:30:00+09:00"), new Date("2026-05-07T13:00:00+09:00"))).toBe(240);
    const lunch = calendarFromPolicy({ ...policy, csx_breakstartminutes: 720, csx_breakendminutes: 780 }, GOLDEN_WEEK);
    expect(lunch?.businessMinutesBetween(new Date("2026-05-01T19:30:00+09:00"), new Date("2026-05-07T13:00:00+09:00"))).toBe(180);
  });

  it("holiday dates may carry a time (only the date counts)", () => {
    const c = calendarFromPolicy(policy, ["2026-05-04T00:00:00Z", "2026-05-05", "2026-05-06", "not a date"]);
    expect(c?.businessMinutesBetween(new Date("2026-05-01T19:30:00+09:00"), new Date("2026-05-07T13:00:00+09:00"))).toBe(240);
  });

  it("no time zone means UTC, as in the plug-ins", () => {
    expect(calendarFromPolicy({ ...policy, csx_timezone: null }, [])?.timeZone).toBe("UTC");
  });

  it.each([
    ["an unknown time zone", { csx_timezone: "Mars Standard Time" }],
    ["no work day", { csx_workdays: null }],
    ["a day ending before it starts", { csx_daystartminutes: 600, csx_dayendminutes: 540 }],
    ["no day end", { csx_dayendminutes: null }],
    ["half a break", { csx_breakstartminutes: 720 }],
    ["a break outside the day", { csx_breakstartminutes: 1080, csx_breakendminutes: 1140 }],
    ["a break taking the whole day", { csx_breakstartminutes: 540, csx_breakendminutes: 1080 }],
  ])("%s → no calendar", (_name, change) => {
    expect(calendarFromPolicy({ ...policy, ...change }, [])).toBeNull();
  });
});

describe("the countdown in business time", () => {
  it("a due date three business days away reads 3 d, a business day being 9 h", () => {
    const now = new Date("2026-05-11T10:00:00+09:00"); // Monday
    expect(slaCountdown(now, new Date("2026-05-14T10:00:00+09:00"), SlaStatus.InProgress, tokyo)?.text).toBe(
      "Resolution due in 3 d (business time)",
    );
    expect(slaCountdown(now, new Date("2026-05-12T14:30:00+09:00"), SlaStatus.InProgress, tokyo)?.text).toBe(
      "Resolution due in 1 d 4 h 30 min (business time)",
    );
    expect(
      slaCountdown(now, new Date("2026-05-14T14:30:00+09:00"), SlaStatus.NearingBreach, tokyo, { language: "ja" }),
    ).toEqual({ text: "解決期限まで残り 3 日 4 時間 30 分 (営業時間)", level: "WARNING" });
  });

  it("a business day that is not whole hours (09:00–17:30 = 510 min)", () => {
    expect(formatDuration(510 + 45, "en", 510)).toBe("1 d 45 min");
    expect(formatDuration(600, "en", 510)).toBe("1 d 1 h 30 min");
    expect(formatDuration(3 * 510, "ja", 510)).toBe("3 日");
  });

  it("overdue in business time", () => {
    const now = new Date("2026-05-14T10:00:00+09:00"); // Thursday
    expect(slaCountdown(now, new Date("2026-05-11T10:00:00+09:00"), SlaStatus.Breached, tokyo)).toEqual({
      text: "Resolution overdue by 3 d (business time)",
      level: "ERROR",
    });
  });

  it("seconds of business time left round up to a minute, not to overdue", () => {
    const now = new Date("2026-05-14T17:59:40+09:00");
    expect(slaCountdown(now, new Date("2026-05-15T09:00:00+09:00"), SlaStatus.InProgress, tokyo)?.text).toBe(
      "Resolution due in 1 min (business time)",
    );
  });

  it("a policy in an unknown time zone gives no calendar: wall-clock time, saying so", () => {
    const unknown = calendarFromPolicy(
      { csx_workdays: "615300000", csx_daystartminutes: 540, csx_dayendminutes: 1080, csx_timezone: "Mars Standard Time" },
      [],
    );
    const now = new Date("2026-05-11T10:00:00+09:00");
    expect(slaCountdown(now, new Date("2026-05-12T12:05:00+09:00"), SlaStatus.InProgress, unknown)?.text).toBe(
      "Resolution due in 1 d 2 h 5 min (wall-clock time; the SLA itself counts business hours of its calendar)",
    );
  });
});
