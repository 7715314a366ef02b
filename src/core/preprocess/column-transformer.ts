// ColumnTransformer as scikit-learn's: named transformers, each fitted on its own selection of columns (by name in a
// DataTable, by index in rows of numbers); their outputs side by side, then the columns no transformer selected
// (remainder 'drop', the default, or 'passthrough'). An encoder gets its columns as labels, every other transformer
// as numbers. Feature names are "<transformer>__<feature>" (verboseFeatureNamesOut, as scikit-learn's default).
import { Estimator } from '../base';
import { checkOption } from '../validation';
import { frameNames, frameRows, resolveColumns, selectLabels, selectNumbers, type ColumnRef, type Frame } from './frame';

/** What a ColumnTransformer or Pipeline can hold as a transformer. */
export interface TransformerLike {
  readonly estimatorName: string;
  fit(X: never, y: never): unknown;
  transform(X: never): number[][];
  getFeatureNamesOut?(inputFeatures?: readonly string[]): string[];
  /** 'labels' for an encoder (it takes (string | null)[][]). */
  readonly inputKind?: 'labels' | 'numbers';
}

export type ColumnSpec = [name: string, transformer: TransformerLike | 'drop' | 'passthrough', columns: ColumnRef[]];

export interface ColumnTransformerParams {
  transformers: ColumnSpec[];
  remainder: 'drop' | 'passthrough';
  verboseFeatureNamesOut: boolean;
}
export type ColumnTransformerOptions = Partial<ColumnTransformerParams>;

const NAME = 'ColumnTransformer';

export class ColumnTransformer extends Estimator<ColumnTransformerParams> {
  declare readonly transformers: ColumnSpec[];
  declare readonly remainder: 'drop' | 'passthrough';
  declare readonly verboseFeatureNamesOut: boolean;
  /** The resolved column indices of each transformer, then of the remainder. */
  columnIndices: number[][] = [];
  remainderColumns: number[] = [];
  featureNamesIn: string[] = [];
  private fitted = false;

  constructor(options: ColumnTransformerOptions = {}) {
    super(NAME, { transformers: [], remainder: 'drop', verboseFeatureNamesOut: true }, options);
  }

  protected checkParams(p: ColumnTransformerParams): ColumnTransformerParams {
    if (!Array.isArray(p.transformers)) throw new TypeError(`${NAME}: transformers must be a list of [name, transformer, columns]`);
    const names = new Set<string>();
    for (const t of p.transformers) {
      if (!Array.isArray(t) || t.length !== 3 || typeof t[0] !== 'string' || !Array.isArray(t[2])) {
        throw new TypeError(`${NAME}: each transformer must be [name, transformer, columns]`);
      }
      if (names.has(t[0]) || t[0].includes('__')) throw new RangeError(`${NAME}: transformer names must be unique and contain no '__'; got '${t[0]}'`);
      names.add(t[0]);
      const tr = t[1];
      if (tr !== 'drop' && tr !== 'passthrough' && (typeof tr !== 'object' || typeof tr.fit !== 'function' || typeof tr.transform !== 'function')) {
        throw new TypeError(`${NAME}: '${t[0]}' must be a transformer (with fit and transform), 'drop' or 'passthrough'`);
      }
    }
    return {
      transformers: p.transformers,
      remainder: checkOption('remainder', p.remainder, ['drop', 'passthrough'] as const, NAME),
      verboseFeatureNamesOut: checkOption('verboseFeatureNamesOut', p.verboseFeatureNamesOut, [true, false], NAME),
    };
  }

  private input(X: Frame, t: TransformerLike, cols: number[], who: string): never {
    return (t.inputKind === 'labels' ? selectLabels(X, cols) : selectNumbers(X, cols, who)) as never;
  }

  fit(X: Frame, y?: ArrayLike<number>): this {
    this.fitTransform(X, y);
    return this;
  }

  fitTransform(X: Frame, y?: ArrayLike<number>): number[][] {
    const who = `${NAME}.fit`;
    if (frameRows(X) === 0) throw new RangeError(`${who}: X is empty: it has no rows`);
    this.featureNamesIn = frameNames(X);
    this.columnIndices = this.transformers.map(([, , refs]) => resolveColumns(X, refs, who));
    const used = new Set(this.columnIndices.flat());
    this.remainderColumns = this.featureNamesIn.flatMap((_, j) => (used.has(j) ? [] : [j]));
    this.transformers.forEach(([name, t], k) => {
      if (typeof t === 'object') {
        try { t.fit(this.input(X, t, this.columnIndices[k], who), y as never); } catch (e) { throw new Error(`${who}: '${name}': ${e instanceof Error ? e.message : String(e)}`); }
      }
    });
    this.fitted = true;
    return this.transform(X);
  }

  transform(X: Frame): number[][] {
    const who = `${NAME}.transform`;
    if (!this.fitted) throw new Error(`${who}: call fit first`);
    const names = frameNames(X);
    if (names.length !== this.featureNamesIn.length || names.some((n, j) => n !== this.featureNamesIn[j])) {
      throw new RangeError(`${who}: X has the columns ${names.join(', ')}, but it was fitted on ${this.featureNamesIn.join(', ')}`);
    }
    const blocks: number[][][] = [];
    this.transformers.forEach(([, t], k) => {
      const cols = this.columnIndices[k];
      if (t === 'passthrough') blocks.push(selectNumbers(X, cols, who));
      else if (t !== 'drop') blocks.push(t.transform(this.input(X, t, cols, who)));
    });
    if (this.remainder === 'passthrough' && this.remainderColumns.length) blocks.push(selectNumbers(X, this.remainderColumns, who));
    return Array.from({ length: frameRows(X) }, (_, i) => blocks.flatMap((b) => b[i]));
  }

  /** "<name>__<feature>" per output column (remainder columns as "remainder__<column>"). */
  getFeatureNamesOut(): string[] {
    if (!this.fitted) throw new Error(`${NAME}.getFeatureNamesOut: call fit first`);
    const prefix = (name: string, fs: string[]) => (this.verboseFeatureNamesOut ? fs.map((f) => `${name}__${f}`) : fs);
    const out: string[] = [];
    this.transformers.forEach(([name, t], k) => {
      const inNames = this.columnIndices[k].map((j) => this.featureNamesIn[j]);
      if (t === 'drop') return;
      if (t === 'passthrough') { out.push(...prefix(name, inNames)); return; }
      if (!t.getFeatureNamesOut) throw new Error(`${NAME}.getFeatureNamesOut: '${name}' (${t.estimatorName}) does not name its outputs`);
      out.push(...prefix(name, t.getFeatureNamesOut(inNames)));
    });
    if (this.remainder === 'passthrough') out.push(...prefix('remainder', this.remainderColumns.map((j) => this.featureNamesIn[j])));
    return out;
  }
}
