// jsdom lacks layout APIs that Fluent UI and its charts touch; give them inert versions.
if (typeof window !== "undefined") {
  window.ResizeObserver = window.ResizeObserver || class { observe() {} unobserve() {} disconnect() {} };
  if (window.HTMLCanvasElement) {
    window.HTMLCanvasElement.prototype.getContext = () => ({ measureText: (t) => ({ width: String(t).length * 6 }) });
  }
  window.matchMedia = window.matchMedia || (() => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} }));
}
