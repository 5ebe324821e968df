import type { ReactNode } from "react";
import type { StepId } from "../workflows/types";

/** What a step puts in its section; the wizard adds the heading, the notice and the progress. */
export interface StepContent {
  intro?: string;
  actions?: ReactNode;
  body?: ReactNode;
}

/** Renders one step's section (the wizard's, so every step looks and behaves the same). */
export type Section = (step: StepId, content: StepContent) => ReactNode;

/** A workflow's settings form: the current choice, the years found in the data, and where changes go. */
export interface SettingsFormProps<S> {
  value: S;
  years: readonly number[];
  onChange: (next: S) => void;
}
