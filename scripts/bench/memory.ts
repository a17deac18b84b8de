/**
 * The resident memory of everything `npm start` runs (issue 16, point 6), read from /proc after the bench's load runs:
 * per role (launcher, app server, PostgreSQL with all its processes), RSS and PSS (proportional: pages shared between
 * processes, such as PostgreSQL's shared buffers, split between them, so that the sum does not count them twice).
 */
import { readFileSync } from 'node:fs';
import { processTree } from '../cluster/services';

/** Proportional set size (shared pages split between the processes that share them), in MB. */
function pssMegabytes(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function rssMegabytes(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function role(pid: number, launcherPid: number): string {
  if (pid === launcherPid) return 'launcher';
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    if (/postgres/.test(command)) return 'PostgreSQL (all its processes)';
    if (/server\.(ts|mjs)|next-server|next start/.test(command)) return 'app server';
    if (/esbuild/.test(command)) return 'esbuild service (tsx)';
    return `other: ${command.slice(0, 60)}`;
  } catch {
    return 'gone';
  }
}

export interface MemoryRow {
  role: string;
  processes: number;
  rssMb: number;
  pssMb: number;
}

/** The memory of everything `npm start` runs, by role, after the load runs. */
export function memoryOf(launcherPid: number): MemoryRow[] {
  const rows = new Map<string, MemoryRow>();
  for (const pid of processTree(launcherPid)) {
    const name = role(pid, launcherPid);
    const row = rows.get(name) ?? { role: name, processes: 0, rssMb: 0, pssMb: 0 };
    row.processes++;
    row.rssMb += rssMegabytes(pid);
    row.pssMb += pssMegabytes(pid);
    rows.set(name, row);
  }
  const list = [...rows.values()];
  list.push({
    role: 'whole of npm start',
    processes: list.reduce((sum, row) => sum + row.processes, 0),
    rssMb: list.reduce((sum, row) => sum + row.rssMb, 0),
    pssMb: list.reduce((sum, row) => sum + row.pssMb, 0),
  });
  return list;
}

const mb = (value: number) => `${Math.round(value)} MB`;
const verdict = (ok: boolean) => (ok ? 'holds' : '**misses**');

/**
 * The goals: the launcher under 60 MB, the whole of `npm start` under 450 MB. RSS counts shared pages in full in every
 * process that maps them (the Node binary's code in the launcher and the app server, PostgreSQL's shared buffers in
 * each of its processes), PSS splits them: the whole is judged on PSS (what npm start takes from the machine), the
 * launcher on both (decision 024).
 */
export function memoryReport(rows: MemoryRow[]): { table: string; goals: string[] } {
  const launcher = rows.find((row) => row.role === 'launcher');
  const whole = rows.find((row) => row.role === 'whole of npm start');
  const table = [
    '| process | count | RSS | PSS |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.role} | ${row.processes} | ${mb(row.rssMb)} | ${mb(row.pssMb)} |`),
  ].join('\n');
  const launcherRss = launcher?.rssMb ?? Infinity;
  const launcherPss = launcher?.pssMb ?? Infinity;
  const goals = [
    `Launcher: ${mb(launcherRss)} resident, ${mb(launcherPss)} proportional (goal under 60 MB) — ${launcherRss < 60 ? 'holds' : `${verdict(false)} as RSS, ${verdict(launcherPss < 60)} as PSS`}.`,
    `Whole of npm start: ${mb(whole?.pssMb ?? 0)} proportional, ${mb(whole?.rssMb ?? 0)} summed resident (goal under 450 MB) — ${verdict((whole?.pssMb ?? Infinity) < 450)}.`,
  ];
  return { table, goals };
}
