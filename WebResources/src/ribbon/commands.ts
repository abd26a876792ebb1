// Ribbon commands (CsExtension.Ribbon.*), registered in RibbonDiffXml with CrmParameter PrimaryControl first
// (and SelectedControlSelectedItemIds second on the request grid).
//   Escalate to development (csx_customerrequest form and grid): command escalate, enable rule canEscalate.
//   Recalculate health (account form): command recalculateHealth, enable rule canRecalculateHealth.
import { RequestColumns, RequestEntityName, RequestStatus } from "../request/constants";
import { currentLanguage } from "../request/labels";
import { ribbonLabels } from "./labels";

export const HEALTH_NOTIFICATION_ID = "csx_recalculatehealth";
const FORM_TYPE_CREATE = 1;

type PrimaryControl = Xrm.FormContext | Xrm.Controls.GridControl;

function asForm(primaryControl: PrimaryControl): Xrm.FormContext | null {
  const candidate = primaryControl as Partial<Xrm.FormContext>;
  return candidate && candidate.data && candidate.data.entity && typeof candidate.getAttribute === "function"
    ? (primaryControl as Xrm.FormContext)
    : null;
}

function isEscalatable(status: number | null | undefined, priority: number | null | undefined): boolean {
  return (
    (status === RequestStatus.New || status === RequestStatus.Triaged) && priority !== null && priority !== undefined
  );
}

function cleanId(id: string): string {
  return id.replace(/[{}]/g, "");
}

function messageOf(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

function errorCodeOf(error: unknown): number | undefined {
  if (error && typeof error === "object" && "errorCode" in error) {
    const code = (error as { errorCode: unknown }).errorCode;
    return typeof code === "number" ? code : undefined;
  }
  return undefined;
}

function showError(message: string, error: unknown): Promise<unknown> {
  return Promise.resolve(
    Xrm.Navigation.openErrorDialog({ message: message, details: messageOf(error), errorCode: errorCodeOf(error) }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Escalate to development
// ---------------------------------------------------------------------------------------------------------------

/**
 * Enable rule: only a request that is New or Triaged and has a priority. On the form, read from the form; on the
 * grid, every selected request must qualify (read through the Web API, so the rule returns a promise).
 */
export function canEscalate(primaryControl: PrimaryControl, selectedIds?: string[]): boolean | Promise<boolean> {
  const form = asForm(primaryControl);
  if (form) {
    if (form.ui.getFormType() === FORM_TYPE_CREATE || !form.data.entity.getId()) return false;
    const status = form.getAttribute(RequestColumns.status);
    const priority = form.getAttribute(RequestColumns.priority);
    return isEscalatable(
      status ? (status.getValue() as number | null) : null,
      priority ? (priority.getValue() as number | null) : null,
    );
  }
  if (!selectedIds || selectedIds.length === 0) return false;
  return Promise.all(
    selectedIds.map((id) =>
      Xrm.WebApi.retrieveRecord(
        RequestEntityName,
        cleanId(id),
        `?$select=${RequestColumns.status},${RequestColumns.priority}`,
      ),
    ),
  ).then(
    (records) => records.every((r) => isEscalatable(r[RequestColumns.status], r[RequestColumns.priority])),
    () => false,
  );
}

/** Asks for confirmation, then sets the status to Escalated to development and saves; the SLA plugin does the rest. */
export async function escalate(primaryControl: PrimaryControl, selectedIds?: string[]): Promise<boolean> {
  const labels = ribbonLabels(currentLanguage());
  const answer = await Xrm.Navigation.openConfirmDialog({
    title: labels.escalateTitle,
    text: labels.escalateText,
    confirmButtonLabel: labels.escalateConfirm,
    cancelButtonLabel: labels.cancel,
  });
  if (!answer || !answer.confirmed) return false;

  const form = asForm(primaryControl);
  if (form) {
    const status = form.getAttribute<Xrm.Attributes.OptionSetAttribute>(RequestColumns.status);
    if (!status) return false;
    const previous = status.getValue();
    status.setValue(RequestStatus.EscalatedToDevelopment);
    try {
      await form.data.save();
      return true;
    } catch (error) {
      // Refused by the SLA plugin (e.g. no policy for the priority): put the status back so it is not saved later.
      status.setValue(previous);
      await showError(labels.escalateFailed, error);
      return false;
    }
  }

  try {
    for (const id of selectedIds ?? []) {
      await Xrm.WebApi.updateRecord(RequestEntityName, cleanId(id), {
        [RequestColumns.status]: RequestStatus.EscalatedToDevelopment,
      });
    }
    return true;
  } catch (error) {
    await showError(labels.escalateFailed, error);
    return false;
  } finally {
    const grid = primaryControl as Xrm.Controls.GridControl;
    if (grid && typeof grid.refresh === "function") grid.refresh();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Recalculate health
// ---------------------------------------------------------------------------------------------------------------

/** Enable rule: an existing, saved account (has an id, form type not Create). */
export function canRecalculateHealth(primaryControl: Xrm.FormContext): boolean {
  const form = asForm(primaryControl);
  if (!form) return false;
  return !!form.data.entity.getId() && form.ui.getFormType() !== FORM_TYPE_CREATE;
}

/** The bound custom API request, in the shape Xrm.WebApi.online.execute expects. */
export function recalculateHealthRequest(accountId: string): {
  entity: { entityType: string; id: string };
  getMetadata(): {
    boundParameter: string;
    parameterTypes: Record<string, { typeName: string; structuralProperty: number }>;
    operationType: number;
    operationName: string;
  };
} {
  return {
    entity: { entityType: "account", id: cleanId(accountId) },
    getMetadata: () => ({
      boundParameter: "entity",
      parameterTypes: { entity: { typeName: "mscrm.account", structuralProperty: 5 } },
      operationType: 0,
      operationName: "csx_RecalculateHealth",
    }),
  };
}

/** Calls csx_RecalculateHealth on the account, refreshes the form and shows the score in force. */
export async function recalculateHealth(primaryControl: Xrm.FormContext): Promise<number | null> {
  const labels = ribbonLabels(currentLanguage());
  const form = primaryControl;
  try {
    const request = recalculateHealthRequest(form.data.entity.getId());
    const response = (await Xrm.WebApi.online.execute(request)) as unknown as {
      ok?: boolean;
      json?: () => Promise<{ Score?: number | null }>;
    };
    let score: number | null = null;
    if (response && typeof response.json === "function") {
      const body = await response.json();
      score = body && typeof body.Score === "number" ? body.Score : null;
    }
    await form.data.refresh(false);
    if (score === null) {
      const attribute = form.getAttribute("csx_healthscore");
      const value = attribute ? attribute.getValue() : null;
      score = typeof value === "number" ? value : null;
    }
    form.ui.setFormNotification(labels.newScore(score), "INFO", HEALTH_NOTIFICATION_ID);
    return score;
  } catch (error) {
    await showError(labels.recalculateFailed, error);
    return null;
  }
}
