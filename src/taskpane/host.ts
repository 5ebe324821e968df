/**
 * Where the workflow pages get their WorkbookHost. Pages depend on the interface only: a provider (tests) may
 * supply one through HostContext; otherwise the pane takes the Excel host (Office.js) when it runs inside Excel.
 *
 * Dev/test hook: in development builds only, a `window.__shnorTestHost` object implementing WorkbookHost (set by
 * the UI tests before the page loads, see test/ui/hostBridge.ts) is used instead. Production code never creates
 * it, and a production build does not even look for it (webpack replaces process.env.NODE_ENV and drops the
 * branch).
 */
import { createContext, useContext } from "react";
import { ExcelHost } from "../host/excel";
import type { WorkbookHost } from "../host/WorkbookHost";

/** undefined = no provider: use the default host. null = explicitly no workbook (the pages say so). */
export const HostContext = createContext<WorkbookHost | null | undefined>(undefined);

declare global {
  interface Window {
    __shnorTestHost?: WorkbookHost;
  }
}

/** True once Office.js runs inside Excel (outside Office, Office.js loads but reports no host). */
function inExcel(): boolean {
  try {
    return typeof Office !== "undefined" && typeof Excel !== "undefined" && Office.context?.host === Office.HostType.Excel;
  } catch {
    return false;
  }
}

/** The Office.js host when the pane runs inside Excel; null elsewhere (a plain browser). */
export function createOfficeHost(): WorkbookHost | null {
  return inExcel() ? new ExcelHost() : null;
}

function testHost(): WorkbookHost | undefined {
  if (process.env.NODE_ENV === "production" || typeof window === "undefined") return undefined;
  return window.__shnorTestHost;
}

let officeHost: WorkbookHost | undefined;

/** The test hook's host, else the Office host (created once, and only once Office can provide it). */
export function defaultHost(): WorkbookHost | null {
  const hook = testHost();
  if (hook) return hook;
  officeHost ??= createOfficeHost() ?? undefined;
  return officeHost ?? null;
}

export function useWorkbookHost(): WorkbookHost | null {
  const provided = useContext(HostContext);
  return provided === undefined ? defaultHost() : provided;
}
