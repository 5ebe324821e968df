/**
 * Atomic file output: everything is written to `<target>.tmp-<pid>` in the same folder, flushed to disk and
 * renamed over the target in one step. A failure (or a cancelled or interrupted run) therefore never leaves a
 * half-written report: either the old file or the complete new one exists, and the temp file is removed.
 */
import { closeSync, existsSync, openSync, unlinkSync } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileError } from "./messages";
import { isShnorError } from "../../core/errors";

/** Temp files being written now; removed on process exit so an interrupted run leaves nothing behind. */
const pending = new Set<string>();
let exitHookInstalled = false;

/**
 * Removes the temp files of writes still in progress. Runs on `process.exit`; a CLI that handles SIGINT/SIGTERM
 * should call `process.exit()` from its handler (Node skips the `exit` event when killed by a signal otherwise).
 */
export function cleanupPendingTempFiles(): void {
  for (const tmp of pending) {
    try {
      if (existsSync(tmp)) unlinkSync(tmp);
    } catch {
      // best effort: the process is ending
    }
  }
  pending.clear();
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", cleanupPendingTempFiles);
}

export function tempPathFor(target: string): string {
  return `${resolve(target)}.tmp-${process.pid}`;
}

/** Receives the open temp file; writes its content with `write` calls. */
export interface TempWriter {
  write(data: Uint8Array | string): Promise<void>;
}

/**
 * Writes `target` atomically. `produce` writes the content through the given writer; if it (or flushing, or the
 * rename) throws, the temp file is removed, the target is untouched and the error is rethrown (I/O errors as
 * ShnorErrors naming the file).
 */
export async function atomicWrite(target: string, produce: (out: TempWriter) => Promise<void>): Promise<void> {
  const full = resolve(target);
  const dir = dirname(full);
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw fileError("file_output_dir_missing", { dir });
  const tmp = tempPathFor(full);
  if (pending.has(tmp)) throw new Error(`concurrent writes to ${full} in one process`);
  installExitHook();
  pending.add(tmp);
  try {
    // Created synchronously: an asynchronous open still running on the thread pool could create the file after a
    // signal's exit hook has already removed it, leaving a stale temp file. "r+" then only opens what exists.
    try {
      closeSync(openSync(tmp, "w"));
    } catch (e) {
      throw ioError(target, e);
    }
    const handle = await open(tmp, "r+").catch((e: unknown) => {
      throw ioError(target, e);
    });
    try {
      await produce({
        // writeFile on a handle appends at the current position and loops until every byte is written.
        write: (data) => handle.writeFile(data),
      });
      await handle.sync(); // on disk before the rename, so a power cut cannot leave an empty "complete" file
    } finally {
      await handle.close();
    }
    await rename(tmp, full).catch((e: unknown) => {
      throw ioError(target, e);
    });
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw isShnorError(e) ? e : ioError(target, e);
  } finally {
    pending.delete(tmp);
  }
}

/** Atomically writes a whole buffer. */
export function atomicWriteBuffer(target: string, data: Uint8Array): Promise<void> {
  return atomicWrite(target, (out) => out.write(data));
}

/** Plain Errors from our own code stay internal; file-system errors become messages naming the file. */
function ioError(file: string, e: unknown): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (!code) return e;
  // Windows reports a file held open by Excel as EBUSY (open) or EPERM (rename over it).
  if (code === "EBUSY" || code === "EPERM") return fileError("file_output_locked", { file });
  return fileError("file_write_failed", { file, reason: (e as Error).message });
}
