/**
 * The pages the Home page lists, in order. A workflow page is one line here (plus its title and summary in
 * src/i18n/messages/pane.ts); heavy pages can be `React.lazy(() => import("./pages/XPage"))`, App renders them
 * inside Suspense, which keeps the shared-runtime page light to load. For example:
 *   { id: "identify", kind: "workflow", titleKey: "pane_identify_title", summaryKey: "pane_identify_summary",
 *     icon: SearchRegular, page: IdentifyPage },
 */
import { ArrowTrendingLinesRegular, type FluentIcon, InfoRegular, SearchRegular } from "@fluentui/react-icons";
import { type ComponentType, lazy } from "react";
import { AboutPage } from "./pages/AboutPage";

export interface WorkflowEntry {
  id: string;
  /** "workflow" computes from the workbook; "info" is reference. Home says so while no workflow is registered. */
  kind: "workflow" | "info";
  titleKey: string;
  /** One line saying what the page does. */
  summaryKey: string;
  icon: FluentIcon;
  page: ComponentType;
}

export const aboutPageId = "about";

export const workflows: readonly WorkflowEntry[] = [
  { id: "identify", kind: "workflow", titleKey: "pane_identify_title", summaryKey: "pane_identify_summary", icon: SearchRegular, page: lazy(() => import("./pages/IdentifyPage").then((m) => ({ default: m.IdentifyPage }))) },
  { id: "dynamics", kind: "workflow", titleKey: "pane_dynamics_title", summaryKey: "pane_dynamics_summary", icon: ArrowTrendingLinesRegular, page: lazy(() => import("./pages/DynamicsPage").then((m) => ({ default: m.DynamicsPage }))) },
  { id: aboutPageId, kind: "info", titleKey: "pane_about_title", summaryKey: "pane_about_summary", icon: InfoRegular, page: AboutPage },
];
