/**
 * Counts for the progress bar (stderr on a terminal only) and the closing summary line.
 * Redraws at most ten times a second: a terminal write per document would cost more than
 * the extraction of a short article.
 */
import { formatBytes } from '../io/load.js';
import { monotonicMs } from '../clock.js';

export class Stats {
  readonly started = monotonicMs();
  done = 0;
  failed = 0;
  skipped = 0;
  /** Records an interrupted run had written (--resume): not part of this run's total. */
  resumed = 0;
  bytes = 0;
  /** Documents found so far by the counting walk; final once totalKnown. */
  total = 0;
  totalKnown = false;

  seconds(): number {
    return (monotonicMs() - this.started) / 1000;
  }
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export class ProgressBar {
  private timer: NodeJS.Timeout | null = null;
  private drawn = false;

  constructor(private readonly stats: Stats, private readonly stream: NodeJS.WriteStream = process.stderr) {}

  start(): void {
    this.timer = setInterval(() => this.draw(), 100);
    this.timer.unref();
  }

  private draw(): void {
    const s = this.stats;
    const t = s.seconds();
    const rate = t > 0 ? s.done / t : 0;
    const width = 24;
    let bar = '';
    let count = `${s.done}`;
    let eta = '';
    if (s.totalKnown || s.total > 0) {
      const total = Math.max(s.total - s.resumed, s.done);
      const frac = total ? s.done / total : 0;
      const fill = Math.round(frac * width);
      bar = `[${'#'.repeat(fill)}${'-'.repeat(width - fill)}] `;
      count = `${s.done}/${total}${s.totalKnown ? '' : '+'}`;
      if (s.totalKnown && rate > 0) eta = `  ETA ${duration((total - s.done) / rate)}`;
    }
    const failed = s.failed ? `  ${s.failed} failed` : '';
    const line = `${bar}${count} docs  ${rate.toFixed(1)} docs/s  ${(s.bytes / 1e6 / Math.max(t, 1e-3)).toFixed(2)} MB/s${eta}${failed}`;
    this.stream.write(`\r${line.slice(0, (this.stream.columns || 100) - 1)}\x1b[K`);
    this.drawn = true;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}

export function summaryLine(stats: Stats): string {
  const t = stats.seconds();
  const parts = [`${stats.done} document${stats.done === 1 ? '' : 's'}`];
  if (stats.failed) parts.push(`${stats.failed} failed`);
  if (stats.skipped) parts.push(`${stats.skipped} already done`);
  return `extrait: ${parts.join(', ')}, ${formatBytes(stats.bytes)} in ${t.toFixed(1)} s (${(stats.bytes / 1e6 / Math.max(t, 1e-3)).toFixed(2)} MB/s)`;
}
