/** A MemoryHost over several sheets: the page's source is the first, a further table (ШНОР list, means) another. */
import { ShnorError } from "../../../src/core/errors";
import type { HostOptions, SourceMatrix, SourceRef } from "../../../src/host/WorkbookHost";
import { MemoryHost } from "../workflows/memoryHost";

export class SheetsHost extends MemoryHost {
  constructor(readonly matrices: SourceMatrix[]) {
    super(matrices[0], { sheets: matrices.map((m) => m.sheet), tables: [] });
  }

  async readSource(ref: SourceRef, options: HostOptions = {}): Promise<SourceMatrix> {
    if (ref.kind !== "sheet" || ref.name === undefined || ref.name === this.matrices[0].sheet) return super.readSource(ref, options);
    this.reads.push(ref);
    await this.gate;
    if (options.signal?.aborted) throw new ShnorError("cancelled");
    const found = this.matrices.find((m) => m.sheet === ref.name);
    if (!found) throw new Error(`no sheet ${ref.name}`);
    return found;
  }
}

export const sheet = (name: string, values: unknown[][]): SourceMatrix => ({ sheet: name, originRow: 1, originCol: 1, values });
