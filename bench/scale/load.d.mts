// Types of load.mjs for the TypeScript benchmarks that import it.
export interface LoadResult {
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50ms: number;
  p99ms: number;
  notOk: number;
}
export function closedLoop(opts: { connections: number; seconds: number; once: (client: number) => Promise<boolean> }): Promise<LoadResult>;
export function loadGet(url: string, seconds: number, connections: number): Promise<LoadResult & { url: string; bytesPerResponse: number }>;
