/** A block of cell values and where it sits on its sheet, as every face hands it to the core. */
export interface SourceLike {
  values: readonly (readonly unknown[])[];
  sheet?: string;
  /** 1-based sheet row of values[0] (default 1). */
  originRow?: number;
  /** 1-based sheet column of values[r][0] (default 1). */
  originCol?: number;
}
