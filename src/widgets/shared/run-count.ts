/**
 * The run's step count as the link carries it: which params row holds it, the largest value a link may carry
 * (the row's schema `max`), and the write-back, throttled while training so the URL is not rewritten every frame.
 * Kept apart from run.svelte.ts because it is the only part of the run that writes into the params.
 */
import { untrack } from 'svelte';
import type { Schema } from '../../params';
import { countLimit } from './run-keys';

export class CountLink {
  /** The params row that holds the count, or null when the schema has none (the run then never writes). */
  readonly name: string | null;
  /** The largest count a link may carry: a run stops there, so every count it writes can be read back. */
  readonly limit: number;
  private lastWrite = -Infinity;

  constructor(
    schema: Schema,
    countParam: string | undefined,
    private readonly params: () => object,
    private readonly now: () => number,
    private readonly everyMs: number,
  ) {
    const name = countParam ?? 'steps';
    this.name = schema.some((p) => p.name === name) ? name : null;
    this.limit = this.name ? countLimit(schema, this.name) : Infinity;
  }

  /** The count the link asks for, clamped to [0, limit]; 0 when there is no count row or it is not a number. */
  read(): number {
    if (!this.name) return 0;
    const v = Number((this.params() as Record<string, unknown>)[this.name]);
    return Number.isFinite(v) ? Math.max(0, Math.min(this.limit, Math.round(v))) : 0;
  }

  /** Writes `steps` into the params: at once when `immediate`, else at most once per `everyMs`. */
  write(steps: number, immediate: boolean): void {
    if (!this.name) return;
    const t = this.now();
    if (!immediate && t - this.lastWrite < this.everyMs) return;
    this.lastWrite = t;
    const n = Math.min(steps, this.limit);
    const p = untrack(() => this.params()) as Record<string, unknown>;
    if (p[this.name] !== n) p[this.name] = n;
  }
}
