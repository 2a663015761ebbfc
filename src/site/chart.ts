/**
 * Bar charts computed at build time: counts per period and the geometry
 * of each bar, rendered as inline SVG by components/BarChart.astro. No
 * chart JavaScript reaches the reader.
 */

export interface ChartDatum {
  /** Machine key: "2021-01" or "2021". */
  key: string;
  /** What a reader sees: "01/2021" or "2021". */
  label: string;
  value: number;
}

/** Every month from the first to the last in `counts` (by "YYYY-MM"), empty months included, so gaps show. */
export function monthlySeries(counts: ReadonlyMap<string, number>, label: (month: string) => string): ChartDatum[] {
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return [];
  const [first, last] = [keys[0]!, keys.at(-1)!];
  const series: ChartDatum[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    series.push({ key, label: label(key), value: counts.get(key) ?? 0 });
    if (key >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return series;
}

/** Every year from the first to the last, empty years included. */
export function yearlyCounts(years: readonly string[]): ChartDatum[] {
  const counts = new Map<string, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const numbers = [...counts.keys()].map(Number).sort((a, b) => a - b);
  if (numbers.length === 0) return [];
  const series: ChartDatum[] = [];
  for (let year = numbers[0]!; year <= numbers.at(-1)!; year++) {
    series.push({ key: String(year), label: String(year), value: counts.get(String(year)) ?? 0 });
  }
  return series;
}

export interface Bar {
  datum: ChartDatum;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarLayout {
  bars: Bar[];
  max: number;
  /** The drawing area inside the axes. */
  plot: { x: number; y: number; width: number; height: number };
}

export interface BarLayoutOptions {
  width: number;
  height: number;
  /** Room for the axis labels (a centred label overhangs the last bar). */
  left?: number;
  right?: number;
  bottom?: number;
  top?: number;
  gap?: number;
  /** A lone bar should not fill the whole chart. */
  maxBarWidth?: number;
}

export function layoutBars(data: readonly ChartDatum[], options: BarLayoutOptions): BarLayout {
  const { width, height, left = 28, right = 24, bottom = 22, top = 8, gap = 0.2, maxBarWidth = 48 } = options;
  const plot = { x: left, y: top, width: width - left - right, height: height - top - bottom };
  const max = Math.max(1, ...data.map((d) => d.value));
  const step = data.length > 0 ? Math.min(plot.width / data.length, maxBarWidth / (1 - gap)) : 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  const bars = data.map((datum, i) => {
    const barHeight = (datum.value / max) * plot.height;
    return {
      datum,
      x: round(plot.x + i * step + (step * gap) / 2),
      y: round(plot.y + plot.height - barHeight),
      width: round(step * (1 - gap)),
      height: round(barHeight),
    };
  });
  return { bars, max, plot };
}
