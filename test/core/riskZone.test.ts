import {
  compareWithMunicipality, MUNICIPAL_COMPARISON_LABELS, riskZone, riskZoneColumn, type RiskZoneItem, riskZoneSize, riskZoneSummary,
} from "../../src/core/indicators/riskZone";

/** Seed 004, «Школы, функционирующие в условиях риска снижения образовательных результатов (ИСБШ 2023)»: zone / all schools. */
const YAROSLAVL_2023: [string, number, number, number][] = [
  ["Большесельский МР", 5, 7, 71], ["Борисоглебский МР", 1, 10, 10], ["Брейтовский МР", 0, 4, 0], ["г. Переславль-Залесский", 7, 20, 35],
  ["г. Рыбинск", 3, 27, 11], ["г. Ярославль", 12, 84, 14], ["Гаврилов-Ямский МР", 2, 11, 18], ["Даниловский МР", 1, 11, 9],
  ["Любимский МР", 2, 7, 29], ["Мышкинский МР", 3, 5, 60], ["Некоузский МР", 4, 11, 36], ["Некрасовский МР", 1, 9, 11],
  ["Первомайский МР", 1, 8, 13], ["Пошехонский МР", 1, 10, 10], ["Ростовский МР", 7, 23, 30], ["Рыбинский МР", 6, 15, 40],
  ["Тутаевский МР", 5, 18, 28], ["Угличский МР", 16, 26, 62], ["Ярославский МР", 5, 24, 21],
];

/** 330 schools whose ИСБШ puts exactly the seed's zone schools in the bottom quarter (distinct values). */
function yaroslavl(): RiskZoneItem[] {
  let low = 20;
  let high = 50;
  return YAROSLAVL_2023.flatMap(([municipality, zone, all]) => Array.from({ length: all }, (_, i) => ({
    id: `${municipality}#${i}`, municipality, value: i < zone ? (low += 0.1) : (high += 0.1),
  })));
}

describe("the Yaroslavl check (seed 004, domain-notes §5.1)", () => {
  test("N = 330 → floor(82.5) = 82 schools, region-wide", () => {
    expect(riskZoneSize(330, 0.25)).toBe(82);
    const items = yaroslavl();
    expect(items).toHaveLength(330);
    const z = riskZone(items);
    expect(z.groups).toEqual([expect.objectContaining({ municipality: "", n: 330, nominal: 82, size: 82, tiedAtCutoff: 1, extra: 0 })]);
  });

  test("the per-municipality table of the seed: counts, shares (rounded as printed) and «из них ШНОР 2023 г.» = 26", () => {
    const items = yaroslavl();
    const z = riskZone(items);
    const zoneIds = items.filter((i) => z.inZone.get(i.id)).map((i) => i.id);
    const shnor = new Set(zoneIds.slice(0, 26));
    const s = riskZoneSummary(items, z, shnor);
    const byName = new Map(s.municipalities.map((m) => [m.municipality, m]));
    for (const [municipality, zone, all, printed] of YAROSLAVL_2023) {
      const m = byName.get(municipality);
      expect([municipality, m?.zone, m?.schools, Math.round(100 * (m?.share as number))]).toEqual([municipality, zone, all, printed]);
    }
    expect(s.total).toEqual({ municipality: "", schools: 330, zone: 82, share: 82 / 330, zoneShnor: 26 });
  });

  test("the same schools ranked per municipality give each its own floor(q·n)", () => {
    const items = yaroslavl();
    const z = riskZone(items, { scope: "municipality" });
    expect(z.groups.find((g) => g.municipality === "г. Ярославль")).toMatchObject({ n: 84, nominal: 21, size: 21 });
    expect(z.groups.find((g) => g.municipality === "Мышкинский МР")).toMatchObject({ n: 5, nominal: 1, size: 1 });
    expect(z.groups.reduce((a, g) => a + g.size, 0)).toBe(YAROSLAVL_2023.reduce((a, [, , all]) => a + Math.floor(all / 4), 0));
  });
});

describe("the cut-off", () => {
  test("floor(q·n) is exact: 0.29 · 100 = 29 (not 28.999…)", () => {
    expect(riskZoneSize(100, 0.29)).toBe(29);
    expect(riskZoneSize(3, 0.25)).toBe(0);
    expect(riskZoneSize(4, 0.25)).toBe(1);
    expect(riskZoneSize(0, 0.25)).toBe(0);
    expect(() => riskZoneSize(2.5, 0.25)).toThrow(expect.objectContaining({ code: "count_not_natural" }));
  });

  test("ties at the cut-off are included and counted by default; option: left out", () => {
    const items = [1, 2, 2, 2, 5, 6, 7, 8].map((value, i) => ({ id: `s${i}`, municipality: "", value }));
    const inc = riskZone(items);
    expect(inc.groups[0]).toEqual({ municipality: "", n: 8, nominal: 2, size: 4, cutoff: 2, tiedAtCutoff: 3, extra: 2 });
    expect(items.filter((i) => inc.inZone.get(i.id)).map((i) => i.value)).toEqual([1, 2, 2, 2]);
    const exc = riskZone(items, { tieRule: "exclude" });
    expect(exc.groups[0]).toMatchObject({ size: 1, extra: -1 });
    // Floating-point ties: values equal within the tolerance tie.
    const close = riskZone([{ id: "a", municipality: "", value: 0.1 + 0.2 }, { id: "b", municipality: "", value: 0.3 }, { id: "c", municipality: "", value: 1 }, { id: "d", municipality: "", value: 2 }]);
    expect(close.groups[0]).toMatchObject({ nominal: 1, size: 2 });
  });

  test("no value → not evaluated and not counted in n; the worksheet form", () => {
    expect(riskZoneColumn([null, 3, 1, 2, 4])).toEqual([null, false, true, false, false]);
    expect(riskZoneColumn([3, 1, 2, 4, 5, 6, 7, 8], 0.5)).toEqual([true, true, true, true, false, false, false, false]);
    expect(riskZoneColumn([])).toEqual([]);
    expect(() => riskZoneColumn([1, 2], 0)).toThrow(expect.objectContaining({ code: "setting_invalid" }));
    expect(() => riskZone([{ id: "a", municipality: "", value: 1 }, { id: "a", municipality: "", value: 2 }])).toThrow(expect.objectContaining({ code: "ctx_school_duplicate" }));
  });
});

describe("comparison with the municipality (seed 004 labels)", () => {
  const item = (id: string, municipality: string, value: number | null) => ({ id, municipality, value });

  test("lowest, below and above the mean, a single school, all equal, no value", () => {
    const r = compareWithMunicipality([
      item("a", "Даниловский МР", 39.4), item("b", "Даниловский МР", 50), item("c", "Даниловский МР", 47), item("d", "Даниловский МР", 60),
      item("e", "Любимский МР", 55.9), item("f", "Рыбинский МР", 44.6), item("g", "Рыбинский МР", 44.6), item("h", "Рыбинский МР", null),
    ]);
    const label = (id: string) => {
      const c = r.get(id)?.comparison;
      return c ? MUNICIPAL_COMPARISON_LABELS[c] : null;
    };
    // Даниловский: mean 49.1.
    expect(["a", "b", "c", "d"].map(label)).toEqual(["самый низкий в МР", "выше среднего по МР", "ниже среднего по МР", "выше среднего по МР"]);
    expect(r.get("a")?.municipalityMean).toBeCloseTo(49.1, 10);
    expect(label("e")).toBe("единственная школа МР");
    expect([label("f"), label("g"), label("h")]).toEqual(["средний по МР", "средний по МР", null]);
    expect(r.get("h")?.municipalityN).toBe(2);
  });

  test("the «средний по МР» band is a setting (default 0)", () => {
    const items = [item("a", "M", 40), item("b", "M", 49.6), item("c", "M", 50.4), item("d", "M", 60)];
    expect(compareWithMunicipality(items).get("b")?.comparison).toBe("below");
    const banded = compareWithMunicipality(items, { averageBand: 0.5 });
    expect(["a", "b", "c", "d"].map((id) => banded.get(id)?.comparison)).toEqual(["lowest", "average", "average", "above"]);
    expect(() => compareWithMunicipality(items, { averageBand: -1 })).toThrow(expect.objectContaining({ code: "setting_invalid" }));
  });
});
