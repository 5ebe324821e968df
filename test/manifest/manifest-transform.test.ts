/** The production manifest transform on the real manifest.xml, and its refusals. */
import * as fs from "fs";
import * as path from "path";
import { all, child, parseManifest, urlsOf } from "./manifestXml";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the transform is a CommonJS build tool
const { toProductionManifest, DEV_ID, PROD_ID } = require("../../tools/manifest-transform") as {
  toProductionManifest(xml: string, urls: { urlDev: string; urlProd: string }): string;
  DEV_ID: string;
  PROD_ID: string;
};

const devXml = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");
const urls = { urlDev: "https://localhost:3000/", urlProd: "https://shnor.example.org/addin/" };

describe("toProductionManifest", () => {
  it("gives the production Id, namespace SHNOR, the plain name and only production URLs", async () => {
    const prod = toProductionManifest(devXml, urls);
    const doc = await parseManifest(prod);
    expect(child(doc, "Id")?.text).toBe(PROD_ID);
    expect(PROD_ID).not.toBe(DEV_ID);
    expect(all(doc, "bt:String").find((s) => s.attrs.id === "Functions.Namespace")?.attrs.DefaultValue).toBe("SHNOR");
    expect(child(doc, "DisplayName")?.attrs.DefaultValue).toBe("ШНОР Аналитика");
    expect(child(doc, "DisplayName")?.children.map((o) => o.attrs.Value)).toEqual(["SHNOR Analytics", "ШНОР Аналитика"]);
    expect(prod).not.toMatch(/localhost|\(dev\)|SHNORDEV/i);
    const found = urlsOf(doc);
    expect(found.length).toBe(urlsOf(await parseManifest(devXml)).length);
    expect(found.filter((u) => !u.startsWith(urls.urlProd))).toEqual([]);
    expect(found).toContain("https://shnor.example.org/addin/functions-ru.json");
  });

  it("throws when a localhost URL survives (one the development URL does not match)", () => {
    const extra = devXml.replace("<Hosts>", "<AppDomains><AppDomain>https://localhost:3001</AppDomain></AppDomains>\n  <Hosts>");
    expect(() => toProductionManifest(extra, urls)).toThrow(/localhost.*3001/);
    expect(() => toProductionManifest(devXml.replace("https://localhost:3000/taskpane.html", "https://LOCALHOST:3000/taskpane.html"), urls)).toThrow(/localhost/i);
  });

  it("throws when a replacement has nothing to replace", () => {
    expect(() => toProductionManifest(devXml, { ...urls, urlDev: "https://localhost:8080/" })).toThrow(/development URL/);
    expect(() => toProductionManifest(devXml.replace(DEV_ID, "00000000-0000-4000-8000-000000000000"), urls)).toThrow(/development Id/);
    expect(() => toProductionManifest(devXml.replace(/"SHNORDEV"/, '"SHNOR"'), urls)).toThrow(/namespace/);
    expect(() => toProductionManifest(devXml.split(" (dev)").join(""), urls)).toThrow(/suffix/);
  });

  it("refuses a production URL that is not https, lacks the final slash or is localhost", () => {
    for (const urlProd of ["http://shnor.example.org/", "https://shnor.example.org", "https://localhost:4000/"]) {
      expect(() => toProductionManifest(devXml, { ...urls, urlProd })).toThrow(/urlProd/);
    }
  });
});
