import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { atomicWrite, atomicWriteBuffer, cleanupPendingTempFiles, tempPathFor } from "../../src/host/file/atomicWrite";
import { makeTempDir } from "./helpers";

const tmp = makeTempDir();
afterAll(() => tmp.remove());

describe("atomicWrite", () => {
  it("writes through a temp file and renames it", async () => {
    const target = tmp.path("a.txt");
    let sawTemp = false;
    await atomicWrite(target, async (out) => {
      await out.write("часть 1;");
      sawTemp = existsSync(tempPathFor(target)) && !existsSync(target);
      await out.write(new TextEncoder().encode("часть 2"));
    });
    expect(sawTemp).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("часть 1;часть 2");
    expect(tmp.files()).toEqual(["a.txt"]);
  });

  it("a failure half-way leaves neither a new file nor a temp file", async () => {
    const target = tmp.path("b.txt");
    await expect(
      atomicWrite(target, async (out) => {
        await out.write("half");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(existsSync(target)).toBe(false);
    expect(existsSync(tempPathFor(target))).toBe(false);
  });

  it("a failure keeps the previous file untouched", async () => {
    const target = tmp.path("c.txt");
    writeFileSync(target, "old");
    await expect(atomicWrite(target, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(readFileSync(target, "utf8")).toBe("old");
    await atomicWriteBuffer(target, Buffer.from("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
  });

  it("names a missing output folder", async () => {
    await expect(atomicWriteBuffer(tmp.path("no/such/dir/x.txt"), Buffer.from("x"))).rejects.toMatchObject({ code: "file_output_dir_missing" });
  });

  it("turns file-system errors into file_write_failed", async () => {
    // The target is a folder: the rename fails.
    await expect(atomicWriteBuffer(tmp.dir, Buffer.from("x"))).rejects.toMatchObject({ code: "file_write_failed" });
    expect(existsSync(tempPathFor(tmp.dir))).toBe(false);
  });

  it("removes temp files of unfinished writes on exit", async () => {
    const target = tmp.path("d.txt");
    let release!: () => void;
    const writing = atomicWrite(target, async (out) => {
      await out.write("partial");
      await new Promise<void>((r) => (release = r));
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(tempPathFor(target))).toBe(true);
    cleanupPendingTempFiles(); // what the exit hook does when the process ends mid-write
    expect(existsSync(tempPathFor(target))).toBe(false);
    release();
    await expect(writing).rejects.toMatchObject({ code: "file_write_failed" }); // the rename finds no temp file
    expect(existsSync(target)).toBe(false);
  });
});
