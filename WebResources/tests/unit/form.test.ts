import { XrmMockGenerator } from "xrm-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  COUNTDOWN_NOTIFICATION_ID,
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
