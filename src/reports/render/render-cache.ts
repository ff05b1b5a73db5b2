// Rendered outputs kept by a digest of their input, for outputs that are slow to render and
// requested often (the public trend charts take 0.2–0.4 s each). Published releases never change,
// so a chart's input changes only when a new release or version is published: the digest then
// differs and the chart is rendered anew. Least recently used entries go first beyond `limit`.
import { createHash } from 'node:crypto';

export class RenderCache {
  private readonly entries = new Map<string, Promise<string>>();
  /** How many times an output was actually rendered (for tests and the curious operator). */
  renders = 0;

  constructor(private readonly limit: number) {}

  /** The output for `input`, rendered once; concurrent requests for the same input share the render. */
  get(input: unknown, render: () => Promise<string>): Promise<string> {
    const key = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key); // re-inserted: most recently used last
      this.entries.set(key, hit);
      return hit;
    }
    this.renders += 1;
    const out = render();
    this.entries.set(key, out);
    out.catch(() => this.entries.delete(key)); // a failure is not remembered
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return out;
  }

  get size(): number {
    return this.entries.size;
  }
}
