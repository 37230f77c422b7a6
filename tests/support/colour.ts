/** WCAG colour arithmetic on CSS colours as browsers compute them ("rgb(…)", "rgba(…)"), for the browser tests. */

/** Relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** A colour with alpha ("rgba(…)" or "rgb(… / a)") laid over an opaque one, as the browser paints it. */
export function over(top: string, bottom: string): string {
  const [r, g, b, a = 1] = top.match(/\d+(\.\d+)?/g)!.map(Number);
  const under = bottom.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
  const mixed = [r!, g!, b!].map((c, i) => Math.round(c * a + under[i]! * (1 - a)));
  return `rgb(${mixed.join(', ')})`;
}
