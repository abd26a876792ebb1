import { XrmMockGenerator } from "xrm-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  COUNTDOWN_NOTIFICATION_ID,
  loadCalendar,
  onLoad,
  onStatusChange,
  RequestStatus,
  SlaStatus,
  stopCountdown,
} from "../../src/request/form";
import { control, initialiseRequestForm, REQUEST_ID } from "./helpers";

const SLA_COLUMNS = [
  "csx_escalatedon",
  "csx_responsedueon",
  "csx_resolutiondueon",
  "csx_slastatus",
  "csx_pausedminutes",
  "csx_slapolicyid",
  "csx_arrimpact",
  "csx_requestingaccounts",
];

function setStatus(value: number): void {
  XrmMockGenerator.formContext.getAttribute("statuscode").setValue(value);
  onStatusChange(XrmMockGenerator.getEventContext());
}

function stubPageContext(entityId: string | undefined): void {
  vi.spyOn(Xrm.Utility, "getPageContext").mockReturnValue({
    input: { pageType: "entityrecord", entityName: "csx_customerrequest", entityId },
  } as never);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2025-03-10T09:00:00Z"));
});

afterEach(() => {
  stopCountdown();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("required and locked fields by status", () => {
  it("SLA columns are always locked", () => {
    for (const status of Object.values(RequestStatus)) {
      initialiseRequestForm({ status });
      stubPageContext(REQUEST_ID);
      onLoad(XrmMockGenerator.getEventContext());
      for (const column of SLA_COLUMNS) {
        expect(control(column).getDisabled(), `${column} at status ${status}`).toBe(true);
      }
    }
  });

  it.each([
    ["New", RequestStatus.New, "none", false, "none"],
    ["Triaged", RequestStatus.Triaged, "none", false, "none"],
    ["Escalated", RequestStatus.EscalatedToDevelopment, "none", false, "none"],
    ["In development", RequestStatus.InDevelopment, "none", false, "required"],
    ["Waiting for customer", RequestStatus.WaitingForCustomer, "none", false, "none"],
    ["Resolved", RequestStatus.Resolved, "required", true, "none"],
    ["Won't fix", RequestStatus.WontFix, "required", true, "none"],
    ["Cancelled", RequestStatus.Cancelled, "none", true, "none"],
  ])("%s: note %s, priority locked %s, work item %s", (_n, status, note, priorityLocked, workItem) => {
    initialiseRequestForm({ status: RequestStatus.New });
    stubPageContext(REQUEST_ID);
    onLoad(XrmMockGenerator.getEventContext());
    setStatus(status);
    const fc = XrmMockGenerator.formContext;
    expect(fc.getAttribute("csx_resolutionnote").getRequiredLevel()).toBe(note);
    expect(control("csx_priority").getDisabled()).toBe(priorityLocked);
    expect(fc.getAttribute("csx_workitemurl").getRequiredLevel()).toBe(workItem);
  });

  it("leaving a resolution status releases the note requirement and the priority lock", () => {
    initialiseRequestForm({ status: RequestStatus.Resolved });
    stubPageContext(REQUEST_ID);
    onLoad(XrmMockGenerator.getEventContext());
    expect(XrmMockGenerator.formContext.getAttribute("csx_resolutionnote").getRequiredLevel()).toBe("required");
    setStatus(RequestStatus.InDevelopment);
    expect(XrmMockGenerator.formContext.getAttribute("csx_resolutionnote").getRequiredLevel()).toBe("none");
    expect(control("csx_priority").getDisabled()).toBe(false);
  });

  it("locks every control of a column (header included)", () => {
    initialiseRequestForm({ status: RequestStatus.Cancelled });
    stubPageContext(REQUEST_ID);
    onLoad(XrmMockGenerator.getEventContext());
    expect(control("csx_priority").getDisabled()).toBe(true);
    expect(control("header_csx_priority").getDisabled()).toBe(true);
  });
});

describe("countdown notification on the form", () => {
  it("runs against the response due until the first response, then the resolution due", () => {
    initialiseRequestForm({
      status: RequestStatus.EscalatedToDevelopment,
      slaStatus: SlaStatus.InProgress,
      responseDueOn: new Date("2025-03-10T10:00:00Z"),
      resolutionDueOn: new Date("2025-03-12T09:00:00Z"),
    });
    stubPageContext(REQUEST_ID);
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    expect(set).toHaveBeenLastCalledWith(expect.stringMatching(/^Response due in 1 h /), "INFO", COUNTDOWN_NOTIFICATION_ID);

    XrmMockGenerator.formContext.getAttribute("csx_firstresponseon").setValue(new Date("2025-03-10T09:00:00Z"));
    XrmMockGenerator.formContext.getAttribute("csx_firstresponseon").fireOnChange();
    expect(set).toHaveBeenLastCalledWith(expect.stringMatching(/^Resolution due in 2 d /), "INFO", COUNTDOWN_NOTIFICATION_ID);
  });

  it("refreshes every minute with the same notification id", () => {
    initialiseRequestForm({
      slaStatus: SlaStatus.NearingBreach,
      responseDueOn: new Date("2025-03-10T09:10:00Z"),
    });
    stubPageContext(REQUEST_ID);
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    expect(set).toHaveBeenLastCalledWith(expect.stringMatching(/due in 10 min/), "WARNING", COUNTDOWN_NOTIFICATION_ID);
    vi.advanceTimersByTime(60_000);
    expect(set).toHaveBeenLastCalledWith(expect.stringMatching(/due in 9 min/), "WARNING", COUNTDOWN_NOTIFICATION_ID);
    vi.advanceTimersByTime(10 * 60_000);
    expect(set).toHaveBeenLastCalledWith(expect.stringMatching(/overdue by 1 min/), "ERROR", COUNTDOWN_NOTIFICATION_ID);
    expect(new Set(set.mock.calls.map((c) => c[2]))).toEqual(new Set([COUNTDOWN_NOTIFICATION_ID]));
  });

  it("stops refreshing once the form is closed (another page shown)", () => {
    initialiseRequestForm({ slaStatus: SlaStatus.InProgress, responseDueOn: new Date("2025-03-10T12:00:00Z") });
    stubPageContext(REQUEST_ID);
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    vi.advanceTimersByTime(60_000);
    const calls = set.mock.calls.length;
    vi.spyOn(Xrm.Utility, "getPageContext").mockReturnValue({ input: { pageType: "entitylist", entityName: "csx_customerrequest" } } as never);
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5 * 60_000);
    expect(set.mock.calls.length).toBe(calls);
  });

  it("a second load replaces the timer instead of adding one", () => {
    initialiseRequestForm({ slaStatus: SlaStatus.InProgress, responseDueOn: new Date("2025-03-10T12:00:00Z") });
    stubPageContext(REQUEST_ID);
    onLoad(XrmMockGenerator.getEventContext());
    onLoad(XrmMockGenerator.getEventContext());
    expect(vi.getTimerCount()).toBe(1);
  });

  it.each([
    ["Paused", SlaStatus.Paused],
    ["Met", SlaStatus.Met],
    ["Cancelled", SlaStatus.Cancelled],
  ])("%s: the notification is cleared", (_n, slaStatus) => {
    initialiseRequestForm({ slaStatus, responseDueOn: new Date("2025-03-10T12:00:00Z") });
    stubPageContext(REQUEST_ID);
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    const clear = vi.spyOn(XrmMockGenerator.formContext.ui, "clearFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    expect(set).not.toHaveBeenCalled();
    expect(clear).toHaveBeenCalledWith(COUNTDOWN_NOTIFICATION_ID);
  });

  it("Breached shows ERROR in Japanese for a Japanese user", () => {
    initialiseRequestForm({
      languageId: 1041,
      slaStatus: SlaStatus.Breached,
      firstResponseOn: new Date("2025-03-09T09:00:00Z"),
      resolutionDueOn: new Date("2025-03-10T08:00:00Z"),
    });
    stubPageContext(REQUEST_ID);
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    expect(set).toHaveBeenLastCalledWith(expect.stringMatching(/^解決期限を 1 時間 超過/), "ERROR", COUNTDOWN_NOTIFICATION_ID);
  });
});

describe("countdown in the business time of the request's SLA policy", () => {
  const POLICY_ID = "AAAAAAAA-0000-0000-0000-000000000001";
  const TOKYO_POLICY = {
    csx_workdays: "615300000,615300001,615300002,615300003,615300004",
    csx_daystartminutes: 540,
    csx_dayendminutes: 1080,
    csx_breakstartminutes: null,
    csx_breakendminutes: null,
    csx_timezone: "Tokyo Standard Time",
  };
  const GOLDEN_WEEK = [{ csx_date: "2026-05-04" }, { csx_date: "2026-05-05" }, { csx_date: "2026-05-06" }];
  const WALL_CLOCK = "(wall-clock time; the SLA itself counts business hours of its calendar)";

  /** Lets the Web API promises (already resolved or rejected) run their continuations. */
  async function settle(): Promise<void> {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  }

  function setPolicy(id: string | null): void {
    XrmMockGenerator.formContext
      .getAttribute("csx_slapolicyid")
      .setValue(id ? [{ id: `{${id}}`, entityType: "csx_slapolicy", name: "P2 (Tokyo)" }] : null);
  }

  function stubWebApi(policy: object | Error = TOKYO_POLICY, holidays: object[] | Error = GOLDEN_WEEK) {
    const retrieveRecord = vi.fn((entity: string) =>
      entity === "csx_slapolicy" && !(policy instanceof Error) ? Promise.resolve(policy) : Promise.reject(policy),
    );
    const retrieveMultipleRecords = vi.fn(() =>
      holidays instanceof Error ? Promise.reject(holidays) : Promise.resolve({ entities: holidays }),
    );
    vi.spyOn(Xrm.WebApi, "retrieveRecord").mockImplementation(retrieveRecord as never);
    vi.spyOn(Xrm.WebApi, "retrieveMultipleRecords").mockImplementation(retrieveMultipleRecords as never);
    return { retrieveRecord, retrieveMultipleRecords };
  }

  /** A request in Tokyo's Golden Week: now Friday 1 May 2026 19:30 JST, resolution due Thursday 7 May 13:00 JST. */
  function goldenWeekRequest(languageId = 1033): void {
    vi.setSystemTime(new Date("2026-05-01T19:30:00+09:00"));
    initialiseRequestForm({
      languageId,
      slaStatus: SlaStatus.InProgress,
      firstResponseOn: new Date("2026-05-01T10:00:00+09:00"),
      resolutionDueOn: new Date("2026-05-07T13:00:00+09:00"),
    });
    setPolicy(POLICY_ID);
    stubPageContext(REQUEST_ID);
  }

  it("reads the policy and its active holidays, then shows business time remaining", async () => {
    goldenWeekRequest();
    const api = stubWebApi();
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    // Until the policy is read the countdown is in wall-clock time, and says so.
    expect(set).toHaveBeenLastCalledWith(`Resolution due in 5 d 17 h 30 min ${WALL_CLOCK}`, "INFO", COUNTDOWN_NOTIFICATION_ID);
    await settle();
    expect(api.retrieveRecord).toHaveBeenCalledWith(
      "csx_slapolicy",
      "aaaaaaaa-0000-0000-0000-000000000001",
      "?$select=csx_workdays,csx_daystartminutes,csx_dayendminutes,csx_breakstartminutes,csx_breakendminutes,csx_timezone",
    );
    expect(api.retrieveMultipleRecords).toHaveBeenCalledWith(
      "csx_slaholiday",
      "?$select=csx_date&$filter=_csx_slapolicyid_value eq aaaaaaaa-0000-0000-0000-000000000001 and statecode eq 0",
    );
    // Weekend, 4–6 May holidays, then Thursday 09:00–13:00.
    expect(set).toHaveBeenLastCalledWith("Resolution due in 4 h (business time)", "INFO", COUNTDOWN_NOTIFICATION_ID);
  });

  it("with a lunch break the same request has 3 h left", async () => {
    goldenWeekRequest();
    stubWebApi({ ...TOKYO_POLICY, csx_breakstartminutes: 720, csx_breakendminutes: 780 });
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    await settle();
    expect(set).toHaveBeenLastCalledWith("Resolution due in 3 h (business time)", "INFO", COUNTDOWN_NOTIFICATION_ID);
  });

  it("a due date three business days away reads 3 d of business time, in English and Japanese", async () => {
    for (const [languageId, text] of [
      [1033, "Resolution due in 3 d (business time)"],
      [1041, "解決期限まで残り 3 日 (営業時間)"],
    ] as const) {
      vi.setSystemTime(new Date("2026-05-11T10:00:00+09:00")); // Monday
      initialiseRequestForm({
        languageId,
        slaStatus: SlaStatus.InProgress,
        firstResponseOn: new Date("2026-05-11T09:30:00+09:00"),
        resolutionDueOn: new Date("2026-05-14T10:00:00+09:00"), // Thursday
      });
      setPolicy(POLICY_ID);
      stubPageContext(REQUEST_ID);
      stubWebApi();
      const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
      onLoad(XrmMockGenerator.getEventContext());
      await settle();
      expect(set).toHaveBeenLastCalledWith(text, "INFO", COUNTDOWN_NOTIFICATION_ID);
    }
  });

  it("the calendar is read once per form load: not on each refresh nor after a save with the same policy", async () => {
    goldenWeekRequest();
    const api = stubWebApi();
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    await settle();
    // Friday evening is outside working hours: the business time left does not move.
    vi.advanceTimersByTime(3 * 60_000);
    expect(set).toHaveBeenLastCalledWith("Resolution due in 4 h (business time)", "INFO", COUNTDOWN_NOTIFICATION_ID);
    const dataOnLoad = (XrmMockGenerator.formContext.data as unknown as { loadEventHandlers: Array<() => void> })
      .loadEventHandlers;
    dataOnLoad.forEach((handler) => handler());
    await settle();
    expect(set).toHaveBeenLastCalledWith("Resolution due in 4 h (business time)", "INFO", COUNTDOWN_NOTIFICATION_ID);
    expect(api.retrieveRecord).toHaveBeenCalledTimes(1);
    expect(api.retrieveMultipleRecords).toHaveBeenCalledTimes(1);

    onLoad(XrmMockGenerator.getEventContext());
    await settle();
    expect(api.retrieveRecord).toHaveBeenCalledTimes(2);
  });

  it("a save that brings another policy reads that policy's calendar", async () => {
    goldenWeekRequest();
    const api = stubWebApi();
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    await settle();
    api.retrieveRecord.mockImplementation(() => Promise.resolve({ ...TOKYO_POLICY, csx_timezone: "UTC" }));
    setPolicy("AAAAAAAA-0000-0000-0000-000000000002");
    (XrmMockGenerator.formContext.data as unknown as { loadEventHandlers: Array<() => void> }).loadEventHandlers.forEach(
      (handler) => handler(),
    );
    // Until the new policy is read: wall-clock.
    expect(set).toHaveBeenLastCalledWith(`Resolution due in 5 d 17 h 30 min ${WALL_CLOCK}`, "INFO", COUNTDOWN_NOTIFICATION_ID);
    await settle();
    expect(api.retrieveRecord).toHaveBeenLastCalledWith("csx_slapolicy", "aaaaaaaa-0000-0000-0000-000000000002", expect.any(String));
    // UTC 09:00–18:00: the rest of Friday (10:30–18:00 UTC) = 7 h 30 min, then Thursday 00:00–04:00 UTC is before hours.
    expect(set).toHaveBeenLastCalledWith("Resolution due in 7 h 30 min (business time)", "INFO", COUNTDOWN_NOTIFICATION_ID);
  });

  it("without a policy nothing is read and the countdown stays in wall-clock time", async () => {
    goldenWeekRequest();
    setPolicy(null);
    const api = stubWebApi();
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    await settle();
    expect(api.retrieveRecord).not.toHaveBeenCalled();
    expect(set).toHaveBeenLastCalledWith(`Resolution due in 5 d 17 h 30 min ${WALL_CLOCK}`, "INFO", COUNTDOWN_NOTIFICATION_ID);
  });

  it.each([
    ["a time zone this script does not know", () => stubWebApi({ ...TOKYO_POLICY, csx_timezone: "Mars Standard Time" })],
    ["unusable hours", () => stubWebApi({ ...TOKYO_POLICY, csx_dayendminutes: 300 })],
    ["the policy cannot be read", () => stubWebApi(new Error("Privilege denied"))],
    ["the holidays cannot be read", () => stubWebApi(TOKYO_POLICY, new Error("Network error"))],
    ["the Web API throws (xrm-mock's own, unstubbed)", () => undefined],
  ])("%s → wall-clock time with the existing wording", async (_name, stub) => {
    goldenWeekRequest();
    stub();
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    await settle();
    expect(set).toHaveBeenLastCalledWith(`Resolution due in 5 d 17 h 30 min ${WALL_CLOCK}`, "INFO", COUNTDOWN_NOTIFICATION_ID);
  });

  it("an answer overtaken by a newer form load is dropped", async () => {
    goldenWeekRequest();
    let answerFirst: (policy: object) => void = () => undefined;
    const api = stubWebApi();
    api.retrieveRecord.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)) as never);
    api.retrieveRecord.mockImplementation(() => Promise.resolve({ ...TOKYO_POLICY, csx_breakstartminutes: 720, csx_breakendminutes: 780 }));
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    onLoad(XrmMockGenerator.getEventContext());
    await settle();
    answerFirst(TOKYO_POLICY);
    await settle();
    expect(set).toHaveBeenLastCalledWith("Resolution due in 3 h (business time)", "INFO", COUNTDOWN_NOTIFICATION_ID);
  });

  it("the form closed before the answer: no notification is written", async () => {
    goldenWeekRequest();
    stubWebApi();
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    vi.spyOn(Xrm.Utility, "getPageContext").mockReturnValue({ input: { pageType: "entitylist" } } as never);
    const calls = set.mock.calls.length;
    await settle();
    expect(set.mock.calls.length).toBe(calls);
  });

  it("when the lookup is not on the form, the policy is read from the request", async () => {
    goldenWeekRequest();
    const fc = XrmMockGenerator.formContext;
    const getAttribute = fc.getAttribute.bind(fc) as (name: string) => Xrm.Attributes.Attribute | null;
    vi.spyOn(fc, "getAttribute").mockImplementation(((name: string) =>
      name === "csx_slapolicyid" ? null : getAttribute(name)) as never);
    const api = stubWebApi();
    api.retrieveRecord.mockImplementation(((entity: string) =>
      Promise.resolve(entity === "csx_customerrequest" ? { _csx_slapolicyid_value: POLICY_ID.toLowerCase() } : TOKYO_POLICY)) as never);
    const set = vi.spyOn(fc.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    expect(set).toHaveBeenLastCalledWith(`Resolution due in 5 d 17 h 30 min ${WALL_CLOCK}`, "INFO", COUNTDOWN_NOTIFICATION_ID);
    await settle();
    expect(api.retrieveRecord).toHaveBeenCalledWith(
      "csx_customerrequest",
      "11111111-2222-3333-4444-555555555555",
      "?$select=_csx_slapolicyid_value",
    );
    expect(set).toHaveBeenLastCalledWith("Resolution due in 4 h (business time)", "INFO", COUNTDOWN_NOTIFICATION_ID);
  });
});

describe("loadCalendar", () => {
  it("resolves (never rejects) when the Web API fails, leaving wall-clock time", async () => {
    initialiseRequestForm({ slaStatus: SlaStatus.InProgress, responseDueOn: new Date("2025-03-10T10:00:00Z") });
    XrmMockGenerator.formContext
      .getAttribute("csx_slapolicyid")
      .setValue([{ id: "{BBBBBBBB-0000-0000-0000-000000000001}", entityType: "csx_slapolicy" }]);
    stubPageContext(REQUEST_ID);
    vi.spyOn(Xrm.WebApi, "retrieveRecord").mockRejectedValue(new Error("offline"));
    vi.spyOn(Xrm.WebApi, "retrieveMultipleRecords").mockResolvedValue({ entities: [] } as never);
    const set = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    onLoad(XrmMockGenerator.getEventContext());
    await expect(loadCalendar(XrmMockGenerator.formContext)).resolves.toBeUndefined();
    expect(set).toHaveBeenLastCalledWith(expect.stringMatching(/^Response due in 1 h \(wall-clock time;/), "INFO", COUNTDOWN_NOTIFICATION_ID);
  });
});
