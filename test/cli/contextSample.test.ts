import { readdirSync } from "fs";
import { join } from "path";
import { contextSample } from "../../src/sample/contextSample";
import { generateRegion } from "../../src/sample/generateRegion";
import { programmeSample } from "../../src/sample/programmeSample";
import { json, run, tempDir } from "./contextHarness";

const region = generateRegion();
const dir = tempDir("shnor-context-sample-");
const ctx = join(dir, "context");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const results: Record<string, Json> = {};

beforeAll(async () => {
  const r = await run(["sample", "--context", ctx]);
  if (r.code !== 0) throw new Error(r.stderr);
  const expertise = readdirSync(join(ctx, "expertise")).map((f) => join(ctx, "expertise", f));
  results.context = await json(["context", join(ctx, "social-2024.xlsx"), "--oip", join(ctx, "oip-2023-2024.csv"), "--federal", join(ctx, "federal-schools-2024.xlsx"), "--means", join(ctx, "federal-means-2024.csv"), "--region-unemployment", "5,2"]);
  results.deficits = await json(["deficits", join(ctx, "resources-2023-2024.xlsx"), "--sheet", "Кадры", "--equipment-sheet", "МТО", "--cohort-file", join(ctx, "project-schools.csv"), "--target-year", "2025"]);
  results.risks = await json(["risks", join(ctx, "risk-profiles-2024.xlsx")]);
  results.dashboard = await json(["indicators", join(ctx, "programme-seed000-2025.xlsx"), "--template", "seed000", "--year", "2025"]);
  results.expertise = await json(["expertise", "summary", ...expertise, "--year", "2025"]);
}, 120000);

describe("the sample's context inputs (shnor sample --context)", () => {
  test("are the same on every run (seeded) and cover every family", () => {
    const a = contextSample(region);
    expect(contextSample(region)).toEqual(a);
    expect(programmeSample(a)).toEqual(programmeSample(a));
    expect(readdirSync(ctx).sort()).toEqual([
      "expertise", "federal-means-2024.csv", "federal-schools-2024.xlsx", "oip-2023-2024.csv", "programme-seed000-2025.xlsx", "project-schools.csv",
      "resources-2023-2024.xlsx", "risk-profiles-2024.xlsx", "social-2024.xlsx",
    ]);
    expect(readdirSync(join(ctx, "expertise"))).toHaveLength(5);
  });

  test("read without errors; only the two incomplete passports are warned about", () => {
    expect(results.context.warnings.map((w: Json) => w.code)).toEqual(["ctx_school_excluded", "ctx_school_excluded"]);
    expect(results.deficits.warnings).toEqual([]);
    expect(results.risks.warnings).toEqual([]);
    expect(results.dashboard.warnings).toEqual([]);
    expect(results.expertise.warnings.map((w: Json) => w.code)).toEqual(["ctx_points_blank"]);
  });

  test("the seed-000 dashboard agrees with the commands: 11–12 with deficits, 13–14 with the ИСБШ zone, 17–18 with the expertise", () => {
    const x = Object.fromEntries(results.dashboard.indicators.map((r: Json) => [r.id, r]));
    const d = results.deficits.dynamics;
    expect([x["S000-11"].n, x["S000-11"].m]).toEqual([d.staffing.share.n, d.staffing.share.m]);
    expect([x["S000-12"].n, x["S000-12"].m]).toEqual([d.equipment.share.n, d.equipment.share.m]);
    expect(x["S000-13"].m).toBe(results.context.riskZone.total.zone);
    const e = results.expertise.indicators;
    expect([x["S000-17"].n, x["S000-17"].m, x["S000-18"].n, x["S000-18"].m]).toEqual([e.mechanisms.n, e.mechanisms.m, e.implementation.n, e.implementation.m]);
    expect(results.dashboard.counts.noData).toBe(0);
  });

  test("is plausible: weak schools are more often in the risk zone, lack resources and carry high risks", () => {
    const quality = new Map(region.schools.map((s) => [s.schoolId, s.quality]));
    const mean = (ids: string[]) => ids.reduce((a, id) => a + (quality.get(id) as number), 0) / ids.length;
    const zone = results.context.schools.filter((s: Json) => s.riskZone === true).map((s: Json) => s.schoolId);
    const rest = results.context.schools.filter((s: Json) => s.riskZone === false).map((s: Json) => s.schoolId);
    expect(zone).toHaveLength(104); // floor(0.25 · 418)
    expect(mean(zone)).toBeLessThan(mean(rest) - 0.2);
    const share = (k: string) => results.deficits.total[k] / results.deficits.total.schools;
    expect(share("staffing")).toBeGreaterThan(0.15);
    expect(share("staffing")).toBeLessThan(0.6);
    expect(share("infrastructure")).toBeGreaterThan(0.1);
    expect(share("infrastructure")).toBeLessThan(0.5);
    expect(results.risks.counts.schools).toBe(region.schools.filter((s) => s.group.startsWith("500+")).length);
    expect(results.risks.factors[0]).toMatchObject({ no: 6, rank: 1 });
    const verdicts = results.expertise.objects.map((o: Json) => o.mechanismsFormed);
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
    expect(results.context.federal.counts.shnro).toBeGreaterThan(0);
  });
});
