export function machineLine(): string;
export function writeSection(name: string, markdown: string): void;
export function timeMedian(fn: () => unknown, opts?: { repeat?: number; warmup?: number }): number;
export interface SummaryRow { figure: string; value: string; ratio?: string; goal: string; status: string; load: number }
export function summaryComment(rows: SummaryRow[]): string;
export function judge(met: boolean, load: number, opts?: { ratio?: boolean }): string;
