/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import { ExcelHost } from "../../../src/host/excel";
import { createOfficeHost, defaultHost } from "../../../src/taskpane/host";
import { IdentifyPage } from "../../../src/taskpane/pages/IdentifyPage";
import { MemoryHost, regionMatrix } from "./memoryHost";
import { renderWithHost } from "./render";

describe("where the pages get their workbook", () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = env;
    delete window.__shnorTestHost;
  });

  it("outside Office, without the test hook, there is no workbook and the page says so", () => {
    expect(createOfficeHost()).toBeNull();
    expect(defaultHost()).toBeNull();
    renderWithHost(<IdentifyPage />, undefined);
    expect(screen.getByText(/^Расчёт работает с открытой книгой Excel/)).toBeTruthy();
  });

  it("inside Excel the pages get the Excel host", () => {
    const g = globalThis as Record<string, unknown>;
    g.Office = { HostType: { Excel: "Excel" }, context: { host: "Excel" } };
    g.Excel = {};
    try {
      expect(createOfficeHost()).toBeInstanceOf(ExcelHost);
    } finally {
      delete g.Office;
      delete g.Excel;
    }
  });

  it("a development build takes window.__shnorTestHost (the UI tests' bridge)", async () => {
    const host = new MemoryHost(regionMatrix(3));
    const listSources = jest.spyOn(host, "listSources");
    window.__shnorTestHost = host;
    expect(defaultHost()).toBe(host);
    renderWithHost(<IdentifyPage />, undefined);
    await waitFor(() => expect(listSources).toHaveBeenCalled());
    expect(await screen.findByText("Весь лист")).toBeTruthy();
  });

  it("a production build ignores it", () => {
    process.env.NODE_ENV = "production";
    window.__shnorTestHost = new MemoryHost(regionMatrix(3));
    expect(defaultHost()).toBeNull();
  });

  it("a provider's host wins over the hook", async () => {
    window.__shnorTestHost = new MemoryHost(regionMatrix(3));
    const provided = new MemoryHost(regionMatrix(3));
    const listSources = jest.spyOn(provided, "listSources");
    renderWithHost(<IdentifyPage />, provided);
    await waitFor(() => expect(listSources).toHaveBeenCalled());
    await act(async () => undefined);
  });
});
