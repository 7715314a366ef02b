// Runs the ```ts examples of one marked section of docs/API.md (<!-- api:NAME --> … <!-- /api:NAME -->) with the
// core's exports in scope and their import lines stripped, collecting what each prints.
import { vi } from 'vitest';
import { readFileSync } from 'node:fs';
import * as core from '../../../src/core';

/** The ```ts blocks of a section, in order; an empty list if the section is missing. */
export function docExamples(section: string): string[] {
  const doc = readFileSync(new URL('../../../docs/API.md', import.meta.url), 'utf8');
  const start = doc.indexOf(`<!-- api:${section} -->`);
  const end = doc.indexOf(`<!-- /api:${section} -->`);
  if (start < 0 || end < start) return [];
  return [...doc.slice(start, end).matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** Runs one example; returns the arguments of each console.log call. */
export function runExample(code: string): unknown[][] {
  const names = Object.keys(core);
  const body = code.split('\n').filter((l) => !l.startsWith('import ')).join('\n');
  const logs: unknown[][] = [];
  const log = vi.fn((...a: unknown[]) => { logs.push(a); });
  new Function('console', ...names, body)({ log }, ...names.map((n) => (core as Record<string, unknown>)[n]));
  return logs;
}
