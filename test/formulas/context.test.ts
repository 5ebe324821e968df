import { createEngine } from "./engine";

describe("SOCIALINDEX and RISKZONE through real formulas (TV-8)", () => {
  test("four schools, three indicators: ИСБШ 61.53 / 50.94 / 53.47 / 34.06 and D in the risk zone", async () => {
    const data = [
      [0.4, 0.05, 0.02],
      [0.2, 0.1, 0.1],
      [0.3, 0.15, 0.06],
      [0.1, 0.3, 0.3],
      [1, -1, -1],
    ];
    const hf = await createEngine([...data.map((r) => [...r, null, null]), ["=SHNOR.SOCIALINDEX(A1:C4,A5:C5)", null, null, null, "=SHNOR.RISKZONE(A6:A9)"]].map((r) => [...r, null]));
    // The risk zone formula reads the spilled ИСБШ column next to it, as a user would chain them.
    const isbsh = [0, 1, 2, 3].map((i) => hf.getCellValue({ sheet: 0, row: 5 + i, col: 0 }) as number);
    expect(isbsh.map((v) => Math.round(v * 100) / 100)).toEqual([61.53, 50.94, 53.47, 34.06]);
    expect([0, 1, 2, 3].map((i) => hf.getCellValue({ sheet: 0, row: 5 + i, col: 4 }))).toEqual([false, false, false, true]);
  });

  test("RISKZONE marks the lowest quarter, ties included", async () => {
    const values = [[61.53], [50.94], [53.47], [34.06], [34.06], [70], [71], [72]];
    const hf = await createEngine([...values.map((r) => [...r, null]), ["=SHNOR.RISKZONE(A1:A8)"]]);
    const zone = values.map((_, i) => hf.getCellValue({ sheet: 0, row: 8 + i, col: 0 }));
    expect(zone).toEqual([false, false, false, true, true, false, false, false]);
  });

  test("directions other than ±1 and text indicators are #VALUE!", async () => {
    const hf = await createEngine([[0.4, 0.05], [0.2, "много"], [1, 2], ["=SHNOR.SOCIALINDEX(A1:B1,A3:B3)"], ["=SHNOR.SOCIALINDEX(A1:B2,A3:A3)"], [null], ["=SHNOR.SOCIALINDEX(A1:B2,{1,-1})"]]);
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 0 })).toMatchObject({ type: "VALUE" });
    expect(hf.getCellValue({ sheet: 0, row: 6, col: 0 })).toMatchObject({ type: "VALUE", message: expect.stringContaining("«много»") });
  });
});
