/** One load run with autocannon (in the bench's process): requests per second and latency, gzip accepted. */
import autocannon from 'autocannon';

export const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

export interface Run {
  target: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** autocannon accepts any certificate on https (it connects with rejectUnauthorized: false), so self-signed is fine. */
export async function measure(target: string, url: string, connections: number): Promise<Run> {
  const result = await autocannon({
    url,
    connections,
    duration: DURATION_SECONDS,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    target,
    connections,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

export const describeRun = (run: Run) =>
  `${run.target} c=${run.connections}: ${run.rps} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, errors ${run.errors}`;
