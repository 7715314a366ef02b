export function machineLine(): string;
export function writeSection(name: string, markdown: string): void;
export function timeMedian(fn: () => unknown, opts?: { repeat?: number; warmup?: number }): number;
