/**
 * Lets the browser render and paint before (and after) a synchronous stretch of work, so the pane shows the
 * progress it was just given instead of freezing with the previous step on screen.
 */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => {
    // A frame callback runs before the next paint; the timeout after it runs once that paint is done.
    if (typeof requestAnimationFrame === "function" && typeof document !== "undefined" && document.visibilityState === "visible") {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else {
      setTimeout(resolve, 0);
    }
  });
}
