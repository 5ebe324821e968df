/**
 * The pages the Home page lists, in order. A workflow page is one line here (plus its title and summary in
 * src/i18n/messages/pane.ts); heavy pages can be `React.lazy(() => import("./pages/XPage"))`, App renders them
 * inside Suspense, which keeps the shared-runtime page light to load. For example:
 *   { id: "identify", kind: "workflow", titleKey: "pane_identify_title", summaryKey: "pane_identify_summary",
 *     icon: SearchRegular, page: IdentifyPage },
 */
import { ArrowTrendingLinesRegular, BuildingRegular, ChartMultipleRegular, GavelRegular, CalculatorArrowClockwiseRegular, ClipboardTaskListLtrRegular, DataHistogramRegular, type FluentIcon, InfoRegular, PeopleCommunityRegular, SearchRegular, ShieldErrorRegular, TargetArrowRegular } from "@fluentui/react-icons";
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
  { id: "social", kind: "workflow", titleKey: "pane_social_title", summaryKey: "pane_social_summary", icon: PeopleCommunityRegular, page: lazy(() => import("./pages/SocialIndexPage").then((m) => ({ default: m.SocialIndexPage }))) },
  { id: "indices", kind: "workflow", titleKey: "pane_indices_title", summaryKey: "pane_indices_summary", icon: DataHistogramRegular, page: lazy(() => import("./pages/IndicesPage").then((m) => ({ default: m.IndicesPage }))) },
  { id: "formulasToValues", kind: "info", titleKey: "pane_f2v_title", summaryKey: "pane_f2v_summary", icon: CalculatorArrowClockwiseRegular, page: lazy(() => import("./pages/FormulasToValuesPage").then((m) => ({ default: m.FormulasToValuesPage }))) },
  { id: "deficits", kind: "workflow", titleKey: "pane_deficits_title", summaryKey: "pane_deficits_summary", icon: BuildingRegular, page: lazy(() => import("./pages/DeficitsPage").then((m) => ({ default: m.DeficitsPage }))) },
  { id: "federal", kind: "workflow", titleKey: "pane_federal_title", summaryKey: "pane_federal_summary", icon: GavelRegular, page: lazy(() => import("./pages/FederalPage").then((m) => ({ default: m.FederalPage }))) },
  { id: "oip", kind: "workflow", titleKey: "pane_oip_title", summaryKey: "pane_oip_summary", icon: ChartMultipleRegular, page: lazy(() => import("./pages/OipPage").then((m) => ({ default: m.OipPage }))) },
  { id: "risks", kind: "workflow", titleKey: "pane_risks_title", summaryKey: "pane_risks_summary", icon: ShieldErrorRegular, page: lazy(() => import("./pages/RisksPage").then((m) => ({ default: m.RisksPage }))) },
  { id: "programme", kind: "workflow", titleKey: "pane_programme_title", summaryKey: "pane_programme_summary", icon: TargetArrowRegular, page: lazy(() => import("./pages/ProgrammePage").then((m) => ({ default: m.ProgrammePage }))) },
  { id: "expertise", kind: "workflow", titleKey: "pane_expertise_title", summaryKey: "pane_expertise_summary", icon: ClipboardTaskListLtrRegular, page: lazy(() => import("./pages/ExpertisePage").then((m) => ({ default: m.ExpertisePage }))) },
  { id: aboutPageId, kind: "info", titleKey: "pane_about_title", summaryKey: "pane_about_summary", icon: InfoRegular, page: AboutPage },
];
