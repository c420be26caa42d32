// Peak memory of the bench's processes. Linux only (/proc): the target is a 2-core Linux box.
// The kernel's high-water mark (VmHWM) dies with the process, so children that exit are sampled
// while they run.
import { readFileSync } from 'node:fs';

function statusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  // A zombie has no memory lines left: gone as far as measuring goes.
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) : null;
}

const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;

/** Peak resident memory so far; null once the process is gone, so read it before it exits. */
export function peakRssMb(pid: number): number | null {
  const kb = statusKb(pid, 'VmHWM');
  return kb === null ? null : mb(kb);
}

export function selfPeakRssMb(): number {
  // maxRSS is in kilobytes.
  return mb(process.resourceUsage().maxRSS);
}

export interface RssSampler {
  /** Start watching a process spawned after the sampler. */
  add(pid: number): void;
  /** Highest memory seen for pid, or null if it was never seen alive. */
  peakMb(pid: number): number | null;
  /** Takes a last sample, stops, and returns every pid's peak. */
  stop(): Map<number, number | null>;
}

export function sampleRss(pids: Iterable<number>, everyMs = 200): RssSampler {
  const peaks = new Map<number, number | null>();
  for (const pid of pids) peaks.set(pid, null);
  const sample = () => {
    for (const [pid, seen] of peaks) {
      // VmHWM covers the peaks between samples; VmRSS is the fallback where it is not reported.
      const kb = statusKb(pid, 'VmHWM') ?? statusKb(pid, 'VmRSS');
      if (kb !== null && (seen === null || kb > seen)) peaks.set(pid, kb);
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  timer.unref();
  const result = () => new Map([...peaks].map(([pid, kb]) => [pid, kb === null ? null : mb(kb)]));
  return {
    add(pid) {
      if (!peaks.has(pid)) peaks.set(pid, null);
      sample();
    },
    peakMb(pid) {
      const kb = peaks.get(pid);
      return kb === undefined || kb === null ? null : mb(kb);
    },
    stop() {
      clearInterval(timer);
      sample();
      return result();
    },
  };
}
