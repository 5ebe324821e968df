/**
 * Report builders live in the core but never hold user-facing text: they ask a translator for it, which the
 * faces give them from src/i18n in the user's language. Domain labels (cluster and dynamics names) are the
 * Russian labels of the methodology in every language, as function results are.
 */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Safe Excel table name from a base: letters, digits and underscores, starting with a letter. */
export function tableName(base: string): string {
  const cleaned = base.replace(/[^A-Za-z0-9_]/g, "_");
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `T_${cleaned}`;
}
