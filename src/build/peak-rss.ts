/**
 * Resident memory of the build's processes, read from /proc while they
 * run: Astro builds in a child, and Pagefind indexes in a service process
 * of its own, so the parent's own peak says nothing about them. Null
 * where there is no /proc.
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

/** Samples every 100 ms until stopped, and once more then. */
function sampled<T>(read: () => void, result: () => T): { stop: () => T } {
  const timer = setInterval(read, 100);
  return {
    stop() {
      read();
      clearInterval(timer);
      return result();
    },
  };
}

const megabytes = (kb: number | null) => (kb === null ? null : kb / 1024);

/** The peak resident memory of one process. */
export function watchPeakRss(pid: number | undefined): { stop: () => number | null } {
  let peakKb: number | null = null;
  return sampled(
    () => {
      const kb = pid === undefined ? null : statusKb(pid, 'VmHWM');
      if (kb !== null) peakKb = Math.max(peakKb ?? 0, kb);
    },
    () => megabytes(peakKb),
  );
}

/**
 * The largest sum of resident memory seen at one time of every process
 * below `pid` (builds that run side by side), and of those with `pid`
 * itself: both from one walk of the tree a sample.
 */
export function watchTreeRss(pid: number): { stop: () => { children: number | null; withSelf: number | null } } {
  let childrenKb: number | null = null;
  let withSelfKb: number | null = null;
  return sampled(
    () => {
      const pids = childrenOf(pid);
      let sumKb: number | null = null;
      for (let index = 0; index < pids.length; index++) {
        const kb = statusKb(pids[index]!, 'VmRSS');
        if (kb !== null) sumKb = (sumKb ?? 0) + kb;
        pids.push(...childrenOf(pids[index]!));
      }
      if (sumKb !== null) childrenKb = Math.max(childrenKb ?? 0, sumKb);
      const ownKb = statusKb(pid, 'VmRSS');
      if (ownKb !== null) withSelfKb = Math.max(withSelfKb ?? 0, ownKb + (sumKb ?? 0));
    },
    () => ({ children: megabytes(childrenKb), withSelf: megabytes(withSelfKb) }),
  );
}
