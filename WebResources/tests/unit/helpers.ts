import { XrmMockGenerator } from "xrm-mock";
import { vi } from "vitest";

export const REQUEST_ID = "{11111111-2222-3333-4444-555555555555}";

/** A fresh global Xrm with a customer request form: every SLA column, status, priority, note, work item URL. */
export function initialiseRequestForm(values: {
  status?: number | null;
  priority?: number | null;
  slaStatus?: number | null;
  firstResponseOn?: Date | null;
  responseDueOn?: Date | null;
  resolutionDueOn?: Date | null;
  languageId?: number;
  formType?: XrmEnum.FormType;
  id?: string;
} = {}): void {
  XrmMockGenerator.initialise({ entity: { entityName: "csx_customerrequest", id: values.id ?? REQUEST_ID } });
  (XrmMockGenerator.context.userSettings as { languageId: number }).languageId = values.languageId ?? 1033;
  const A = XrmMockGenerator.Attribute;
  A.createOptionSet({ name: "statuscode", value: values.status ?? 1 }, [{ name: "statuscode" }, { name: "header_statuscode" }]);
  A.createOptionSet({ name: "csx_priority", value: values.priority === undefined ? 615300001 : values.priority }, [
    { name: "csx_priority" },
    { name: "header_csx_priority" },
  ]);
  A.createOptionSet("csx_slastatus", values.slaStatus ?? undefined);
  A.createString("csx_resolutionnote", "");
  A.createString("csx_workitemurl", "");
  A.createDate("csx_firstresponseon", values.firstResponseOn ?? undefined);
  A.createDate("csx_escalatedon");
  A.createDate("csx_responsedueon", values.responseDueOn ?? undefined);
  A.createDate("csx_resolutiondueon", values.resolutionDueOn ?? undefined);
  A.createNumber("csx_pausedminutes", 0);
  A.createLookup("csx_slapolicyid");
  A.createNumber("csx_arrimpact", 0);
  A.createNumber("csx_requestingaccounts", 1);
  vi.spyOn(XrmMockGenerator.formContext.ui, "getFormType").mockReturnValue(values.formType ?? 2);
}

export function control(name: string): Xrm.Controls.StandardControl {
  return XrmMockGenerator.formContext.getControl(name) as Xrm.Controls.StandardControl;
}
