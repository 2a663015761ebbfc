/**
 * Peak resident memory (VmHWM) of child processes, read from /proc while
 * they run: Astro builds in a child, and Pagefind indexes in a service
 * process of its own, so the parent's own peak says nothing about them.
 * Returns null where there is no /proc.
 */
import { readFileSync, readdirSync } from 'node:fs';

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? kb : null;
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Watches `pid`, or with `descendants`, every process below it (and `pid`
 * itself too with `self`): the largest peak of any one process, or with
 * `together`, the largest sum of their resident memory seen at one time
 * (for builds that run side by side).
 */
export function watchPeakRss(
  pid: number | undefined,
  { descendants = false, together = false, self = false } = {},
): { stop: () => number | null } {
  let peakKb: number | null = null;
  const read = () => {
    if (pid === undefined) return;
    const pids = descendants ? [...(self ? [pid] : []), ...childrenOf(pid)] : [pid];
    let sumKb: number | null = null;
    for (let index = 0; index < pids.length; index++) {
      const kb = statusKb(pids[index]!, together ? 'VmRSS' : 'VmHWM');
      if (kb !== null) {
        if (together) sumKb = (sumKb ?? 0) + kb;
        else peakKb = Math.max(peakKb ?? 0, kb);
      }
      if (descendants && pids[index] !== pid) pids.push(...childrenOf(pids[index]!));
    }
    if (sumKb !== null) peakKb = Math.max(peakKb ?? 0, sumKb);
  };
  const timer = setInterval(read, 100);
  return {
    stop() {
      read();
      clearInterval(timer);
      return peakKb === null ? null : peakKb / 1024;
    },
  };
}
