// A small time-bounded memo for expensive aggregates (network, timeline, actor profiles, counts):
// repeated views of a large corpus answer from memory; concurrent identical requests share one
// computation. Entries expire after `ttlMs` (other processes may ingest into the same database)
// and the whole cache is cleared when this server writes.
export class AggregateCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(private readonly ttlMs = 30_000, private readonly max = 200) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) {
      // refresh LRU position
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
