/**
 * Least-squares fit of time = fixed + perRow × rows over the sizes: linear growth shows as a steady per-row cost
 * with a fixed start-up part (loading, opening files) that dominates the smallest size.
 */
function growth(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const perRow = sxy / sxx;
  const fixed = my - perRow * mx;
  const worst = Math.max(...points.map(([x, y]) => Math.abs(fixed + perRow * x - y) / y));
  return `time ≈ ${fixed.toFixed(0)} ms + ${(perRow * 1000).toFixed(2)} µs × rows (largest deviation from the line ${(worst * 100).toFixed(0)} %)`;
}
module.exports = { growth };
