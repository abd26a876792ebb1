import { XrmMockGenerator } from "xrm-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  canEscalate,
  canRecalculateHealth,
  escalate,
  HEALTH_NOTIFICATION_ID,
  recalculateHealth,
} from "../../src/ribbon/commands";
import { RequestStatus } from "../../src/request/constants";
import { initialiseRequestForm } from "./helpers";

const ACCOUNT_ID = "{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}";

afterEach(() => {
  vi.restoreAllMocks();
});

function form(): Xrm.FormContext {
  return XrmMockGenerator.formContext as unknown as Xrm.FormContext;
}

describe("canEscalate", () => {
  it.each([
    ["New with priority", RequestStatus.New, 615300001, true],
    ["Triaged with priority", RequestStatus.Triaged, 615300000, true],
    ["New without priority", RequestStatus.New, null, false],
    ["Escalated", RequestStatus.EscalatedToDevelopment, 615300001, false],
    ["In development", RequestStatus.InDevelopment, 615300001, false],
    ["Resolved", RequestStatus.Resolved, 615300001, false],
    ["Cancelled", RequestStatus.Cancelled, 615300001, false],
  ])("form: %s → %s", (_n, status, priority, expected) => {
    initialiseRequestForm({ status, priority });
    expect(canEscalate(form())).toBe(expected);
  });

  it("form: not on a Create form", () => {
    initialiseRequestForm({ status: RequestStatus.New, formType: 1 });
    expect(canEscalate(form())).toBe(false);
  });

  it("grid: every selected request must be New/Triaged with a priority", async () => {
    XrmMockGenerator.initialise();
    const rows: Record<string, { statuscode: number; csx_priority: number | null }> = {
      a: { statuscode: RequestStatus.New, csx_priority: 1 },
      b: { statuscode: RequestStatus.Triaged, csx_priority: 2 },
      c: { statuscode: RequestStatus.InDevelopment, csx_priority: 2 },
    };
    const retrieve = vi.fn((_e: string, id: string) => Promise.resolve(rows[id]));
    (Xrm.WebApi as { retrieveRecord: unknown }).retrieveRecord = retrieve;
    const grid = { refresh: vi.fn() } as unknown as Xrm.Controls.GridControl;
    await expect(canEscalate(grid, ["{a}", "b"])).resolves.toBe(true);
    await expect(canEscalate(grid, ["a", "c"])).resolves.toBe(false);
    expect(canEscalate(grid, [])).toBe(false);
    expect(retrieve).toHaveBeenCalledWith("csx_customerrequest", "a", "?$select=statuscode,csx_priority");
  });
});

describe("escalate", () => {
  it("sets Escalated to development and saves after confirmation", async () => {
    initialiseRequestForm({ status: RequestStatus.Triaged });
    const order: string[] = [];
    const confirm = vi.spyOn(Xrm.Navigation, "openConfirmDialog").mockImplementation(() => {
      order.push("confirm");
      return Promise.resolve({ confirmed: true }) as never;
    });
    const save = vi.fn(() => {
      order.push(`save:${form().getAttribute("statuscode")!.getValue()}`);
      return Promise.resolve();
    });
    XrmMockGenerator.formContext.data.save = save as never;
    await expect(escalate(form())).resolves.toBe(true);
    expect(confirm).toHaveBeenCalledWith(expect.objectContaining({ title: "Escalate to development" }));
    expect(order).toEqual(["confirm", `save:${RequestStatus.EscalatedToDevelopment}`]);
  });

  it("does nothing when the user cancels", async () => {
    initialiseRequestForm({ status: RequestStatus.New });
    vi.spyOn(Xrm.Navigation, "openConfirmDialog").mockReturnValue(Promise.resolve({ confirmed: false }) as never);
    const save = vi.fn(() => Promise.resolve());
    XrmMockGenerator.formContext.data.save = save as never;
    await expect(escalate(form())).resolves.toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(form().getAttribute("statuscode")!.getValue()).toBe(RequestStatus.New);
  });

  it("a refused save shows the error dialog and puts the status back", async () => {
    initialiseRequestForm({ status: RequestStatus.New });
    vi.spyOn(Xrm.Navigation, "openConfirmDialog").mockReturnValue(Promise.resolve({ confirmed: true }) as never);
    const errorDialog = vi.spyOn(Xrm.Navigation, "openErrorDialog").mockReturnValue(Promise.resolve() as never);
    XrmMockGenerator.formContext.data.save = (() =>
      Promise.reject({ errorCode: -2147220891, message: "No SLA policy for priority High." })) as never;
    await expect(escalate(form())).resolves.toBe(false);
    expect(errorDialog).toHaveBeenCalledWith({
      message: "The request could not be escalated.",
      details: "No SLA policy for priority High.",
      errorCode: -2147220891,
    });
    expect(form().getAttribute("statuscode")!.getValue()).toBe(RequestStatus.New);
  });

  it("grid: updates each selected request after confirmation and refreshes the grid", async () => {
    XrmMockGenerator.initialise();
    vi.spyOn(Xrm.Navigation, "openConfirmDialog").mockReturnValue(Promise.resolve({ confirmed: true }) as never);
    const update = vi.fn(() => Promise.resolve({ entityType: "csx_customerrequest", id: "x" }));
    (Xrm.WebApi as { updateRecord: unknown }).updateRecord = update;
    const grid = { refresh: vi.fn() };
    await expect(escalate(grid as unknown as Xrm.Controls.GridControl, ["{A}", "{B}"])).resolves.toBe(true);
    expect(update).toHaveBeenCalledTimes(2);
    expect(update).toHaveBeenCalledWith("csx_customerrequest", "A", { statuscode: RequestStatus.EscalatedToDevelopment });
    expect(grid.refresh).toHaveBeenCalled();
  });

  it("asks in Japanese for a Japanese user", async () => {
    initialiseRequestForm({ status: RequestStatus.New, languageId: 1041 });
    const confirm = vi.spyOn(Xrm.Navigation, "openConfirmDialog").mockReturnValue(Promise.resolve({ confirmed: false }) as never);
    await escalate(form());
    expect(confirm).toHaveBeenCalledWith(
      expect.objectContaining({ title: "開発へエスカレーション", confirmButtonLabel: "エスカレーション", cancelButtonLabel: "キャンセル" }),
    );
  });
});

function initialiseAccountForm(options: { id?: string; formType?: number; languageId?: number } = {}): void {
  XrmMockGenerator.initialise({ entity: { entityName: "account", id: options.id ?? ACCOUNT_ID } });
  (XrmMockGenerator.context.userSettings as { languageId: number }).languageId = options.languageId ?? 1033;
  XrmMockGenerator.Attribute.createNumber("csx_healthscore", 40);
  vi.spyOn(XrmMockGenerator.formContext.ui, "getFormType").mockReturnValue((options.formType ?? 2) as never);
}

describe("canRecalculateHealth", () => {
  it("an existing account on an Update form", () => {
    initialiseAccountForm();
    expect(canRecalculateHealth(form())).toBe(true);
  });
  it("not on a Create form", () => {
    initialiseAccountForm({ formType: 1 });
    expect(canRecalculateHealth(form())).toBe(false);
  });
  it("not before the account is saved (no id)", () => {
    initialiseAccountForm();
    vi.spyOn(XrmMockGenerator.formContext.data.entity, "getId").mockReturnValue("");
    expect(canRecalculateHealth(form())).toBe(false);
  });
});

describe("recalculateHealth", () => {
  function stubExecute(impl: (request: unknown) => Promise<unknown>) {
    const execute = vi.fn(impl);
    (Xrm.WebApi as unknown as { online: unknown }).online = { execute };
    return execute;
  }

  it("calls csx_RecalculateHealth bound to the account, refreshes the form and shows the score", async () => {
    initialiseAccountForm();
    const execute = stubExecute(() => Promise.resolve({ ok: true, json: () => Promise.resolve({ Score: 72 }) }));
    const refresh = vi.fn(() => Promise.resolve());
    XrmMockGenerator.formContext.data.refresh = refresh as never;
    const notify = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");

    await expect(recalculateHealth(form())).resolves.toBe(72);

    const request = execute.mock.calls[0][0] as { entity: unknown; getMetadata: () => unknown };
    expect(request.entity).toEqual({ entityType: "account", id: "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE" });
    expect(request.getMetadata()).toEqual({
      boundParameter: "entity",
      parameterTypes: { entity: { typeName: "mscrm.account", structuralProperty: 5 } },
      operationType: 0,
      operationName: "csx_RecalculateHealth",
    });
    expect(refresh).toHaveBeenCalledWith(false);
    expect(execute.mock.invocationCallOrder[0]).toBeLessThan(refresh.mock.invocationCallOrder[0]);
    expect(notify).toHaveBeenCalledWith("Health recalculated: the score is now 72.", "INFO", HEALTH_NOTIFICATION_ID);
  });

  it("falls back to the refreshed form's score when the response has none", async () => {
    initialiseAccountForm();
    stubExecute(() => Promise.resolve({ ok: true, json: () => Promise.resolve({}) }));
    XrmMockGenerator.formContext.data.refresh = (() => {
      XrmMockGenerator.formContext.getAttribute("csx_healthscore").setValue(55);
      return Promise.resolve();
    }) as never;
    await expect(recalculateHealth(form())).resolves.toBe(55);
  });

  it("an API error shows the error dialog and does not refresh", async () => {
    initialiseAccountForm();
    stubExecute(() => Promise.reject({ errorCode: -2147220970, message: "Account is inactive." }));
    const refresh = vi.fn(() => Promise.resolve());
    XrmMockGenerator.formContext.data.refresh = refresh as never;
    const errorDialog = vi.spyOn(Xrm.Navigation, "openErrorDialog").mockReturnValue(Promise.resolve() as never);
    await expect(recalculateHealth(form())).resolves.toBeNull();
    expect(errorDialog).toHaveBeenCalledWith({
      message: "The health score could not be recalculated.",
      details: "Account is inactive.",
      errorCode: -2147220970,
    });
    expect(refresh).not.toHaveBeenCalled();
  });

  it("Japanese labels for a Japanese user (1041)", async () => {
    initialiseAccountForm({ languageId: 1041 });
    stubExecute(() => Promise.resolve({ ok: true, json: () => Promise.resolve({ Score: 81 }) }));
    XrmMockGenerator.formContext.data.refresh = (() => Promise.resolve()) as never;
    const notify = vi.spyOn(XrmMockGenerator.formContext.ui, "setFormNotification");
    await recalculateHealth(form());
    expect(notify).toHaveBeenCalledWith("健全性を再計算しました。現在のスコアは 81 です。", "INFO", HEALTH_NOTIFICATION_ID);

    stubExecute(() => Promise.reject(new Error("boom")));
    const errorDialog = vi.spyOn(Xrm.Navigation, "openErrorDialog").mockReturnValue(Promise.resolve() as never);
    await recalculateHealth(form());
    expect(errorDialog).toHaveBeenCalledWith(expect.objectContaining({ message: "健全性スコアを再計算できませんでした。" }));
  });
});
