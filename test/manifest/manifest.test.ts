/**
 * Offline lint of the development manifest. `office-addin-manifest validate` needs Microsoft's online service,
 * so these checks cover what breaks sideloading in practice: undefined or long resids, a runtime resid that
 * differs between Runtime / Page / FunctionFile / ShowTaskpane, URLs on several origins, a missing ru-ru metadata
 * override, schema order, and icons that do not exist.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { type XmlElement, all, child, parseManifest, urlsOf, walk } from "./manifestXml";

const root = path.join(__dirname, "..", "..");
const manifestPath = path.join(root, "manifest.xml");
const xml = fs.readFileSync(manifestPath, "utf8");
const manifestCli = path.join(root, "node_modules", "office-addin-manifest", "cli.js");

/** Which resource list a resid must be defined in, by the element that uses it. */
const RESOURCE_KIND: Record<string, string> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  Runtime: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Namespace: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

/** Schema sequences (OfficeApp 1.1 TaskPaneApp, VersionOverrides V1_0) for the elements we use. */
const SEQUENCES: Record<string, string[]> = {
  OfficeApp: [
    "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
    "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
    "AllowSnapshot", "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  ExtensionPoint: ["Script", "Page", "Metadata", "Namespace", "OfficeTab", "CustomTab", "OfficeMenu"],
  Group: ["Label", "Icon", "Control"],
  Control: ["Label", "Supertip", "Icon", "Action"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
};

function resources(doc: XmlElement): Map<string, { kind: string; el: XmlElement }> {
  const defined = new Map<string, { kind: string; el: XmlElement }>();
  for (const kind of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
    for (const list of all(doc, kind)) for (const el of list.children) defined.set(el.attrs.id, { kind, el });
  }
  return defined;
}

function resourceValue(doc: XmlElement, resid: string, kind = "bt:Urls"): string {
  const def = resources(doc).get(resid);
  if (!def || def.kind !== kind) throw new Error(`${resid} is not in ${kind}`);
  return def.el.attrs.DefaultValue;
}

describe("manifest.xml (development)", () => {
  let doc: XmlElement;
  beforeAll(async () => {
    doc = await parseManifest(xml);
  });

  it("is well-formed XML with OfficeApp TaskPaneApp at the root", async () => {
    expect(doc.name).toBe("OfficeApp");
    expect(doc.attrs["xsi:type"]).toBe("TaskPaneApp");
    await expect(parseManifest(xml.replace("</Permissions>", ""))).rejects.toThrow();
  });

  it("has a GUID Id, valid Permissions and the SharedRuntime 1.1 requirement", () => {
    expect(child(doc, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const permissions = child(doc, "Permissions")?.text;
    expect(["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"]).toContain(permissions);
    expect(permissions).toBe("ReadWriteDocument");
    const sets = all(child(doc, "Requirements")!, "Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toContain("SharedRuntime 1.1");
    expect(all(doc, "Host").filter((h) => h.attrs.Name).map((h) => h.attrs.Name)).toEqual(["Workbook"]);
  });

  it("keeps the schema's element order", () => {
    for (const el of walk(doc)) {
      const sequence = SEQUENCES[el.name];
      if (!sequence || el.children.length === 0) continue;
      const positions = el.children.map((c) => sequence.indexOf(c.name));
      const where = `${el.name}: ${el.children.map((c) => c.name).join(", ")}`;
      expect({ where, unknown: positions.includes(-1) }).toEqual({ where, unknown: false });
      expect({ where, ordered: positions.every((p, i) => i === 0 || p >= positions[i - 1]) }).toEqual({ where, ordered: true });
    }
  });

  it("defines every resid it uses, in the right resource list, with ids of at most 32 characters", () => {
    const defined = resources(doc);
    const used = [...walk(doc)].filter((el) => el.attrs.resid !== undefined);
    expect(used.length).toBeGreaterThan(10);
    for (const el of used) {
      const def = defined.get(el.attrs.resid);
      expect({ resid: el.attrs.resid, usedBy: el.name, kind: def?.kind }).toEqual({ resid: el.attrs.resid, usedBy: el.name, kind: RESOURCE_KIND[el.name] });
    }
    for (const id of defined.keys()) expect(id.length).toBeLessThanOrEqual(32);
    const unused = [...defined.keys()].filter((id) => !used.some((el) => el.attrs.resid === id));
    expect(unused).toEqual([]);
  });

  it("uses one runtime page: the same resid in Runtime, Page, FunctionFile and ShowTaskpane, and no TaskpaneId", () => {
    const runtime = all(doc, "Runtime");
    expect(runtime).toHaveLength(1);
    expect(runtime[0].attrs.lifetime).toBe("long");
    const resid = runtime[0].attrs.resid;
    const page = child(all(doc, "Page")[0], "SourceLocation")?.attrs.resid;
    const functionFile = all(doc, "FunctionFile")[0]?.attrs.resid;
    const actions = all(doc, "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    expect([page, functionFile, ...actions.map((a) => child(a, "SourceLocation")?.attrs.resid)]).toEqual(
      Array(2 + actions.length).fill(resid),
    );
    expect(all(doc, "TaskpaneId")).toEqual([]);
    expect(child(child(doc, "DefaultSettings")!, "SourceLocation")?.attrs.DefaultValue).toBe(resourceValue(doc, resid));
  });

  it("serves every URL over https from one origin", () => {
    const urls = urlsOf(doc);
    expect(urls.length).toBeGreaterThan(8);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
    expect([...origins]).toEqual(["https://localhost:3000"]);
  });

  it("declares the custom functions: script, metadata with a ru-ru override, namespace SHNORDEV", () => {
    const ext = all(doc, "ExtensionPoint").find((e) => e.attrs["xsi:type"] === "CustomFunctions")!;
    expect(ext).toBeDefined();
    const script = resourceValue(doc, child(child(ext, "Script")!, "SourceLocation")!.attrs.resid);
    expect(script).toMatch(/\/functions\.js$/);
    const metadataResid = child(child(ext, "Metadata")!, "SourceLocation")!.attrs.resid;
    const metadata = resources(doc).get(metadataResid)!.el;
    expect(metadata.attrs.DefaultValue).toMatch(/\/functions\.json$/);
    const overrides = metadata.children.filter((o) => o.name === "bt:Override");
    expect(overrides.map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([["ru-ru", metadata.attrs.DefaultValue.replace(/functions\.json$/, "functions-ru.json")]]);
    const namespace = resources(doc).get(child(ext, "Namespace")!.attrs.resid)!.el;
    expect(namespace.attrs.DefaultValue).toBe("SHNORDEV");
    expect(namespace.children).toEqual([]); // one namespace in every language, so shared workbooks match
  });

  it("gives every user-visible text en-us and ru-ru values and keeps string limits", () => {
    const texts = [child(doc, "DisplayName")!, child(doc, "Description")!, ...all(doc, "bt:String").filter((s) => s.attrs.id !== "Functions.Namespace")];
    for (const el of texts) {
      const locales = el.children.map((o) => o.attrs.Locale).sort();
      expect({ text: el.attrs.id ?? el.name, locales }).toEqual({ text: el.attrs.id ?? el.name, locales: ["en-us", "ru-ru"] });
      const limit = el.parent?.name === "bt:LongStrings" || el.name === "Description" ? 250 : 125;
      for (const value of [el.attrs.DefaultValue, ...el.children.map((o) => o.attrs.Value)]) expect(value.length).toBeLessThanOrEqual(limit);
    }
    expect(child(doc, "DefaultLocale")?.text).toBe("ru-RU");
    expect(child(doc, "DisplayName")?.attrs.DefaultValue).toBe("ШНОР Аналитика (dev)");
  });

  it("points at icons that exist in assets/ with the declared size", () => {
    const iconSizes = new Map<string, number>();
    for (const image of all(doc, "bt:Image").filter((i) => i.attrs.resid)) iconSizes.set(resourceValue(doc, image.attrs.resid, "bt:Images"), Number(image.attrs.size));
    iconSizes.set(child(doc, "IconUrl")!.attrs.DefaultValue, 64);
    iconSizes.set(child(doc, "HighResolutionIconUrl")!.attrs.DefaultValue, 128);
    expect([...iconSizes.values()].sort((a, b) => a - b)).toEqual([16, 32, 64, 80, 128]);
    for (const [url, size] of iconSizes) {
      const file = path.join(root, new URL(url).pathname);
      const png = fs.readFileSync(file);
      expect({ url, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ url, width: size, height: size });
    }
  });

  it("is read by `office-addin-manifest info` (offline), which also rejects a broken copy", () => {
    const out = execFileSync(process.execPath, [manifestCli, "info", manifestPath], { encoding: "utf8" });
    expect(out).toContain(`Id: ${child(doc, "Id")!.text}`);
    expect(out).toContain("Permissions: ReadWriteDocument");
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "broken.xml");
    fs.writeFileSync(broken, xml.slice(0, xml.length / 2));
    expect(spawnSync(process.execPath, [manifestCli, "info", broken], { encoding: "utf8" }).status).not.toBe(0);
  });
});

