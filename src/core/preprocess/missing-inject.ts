// Makes a complete table incomplete on purpose, by one of the three mechanisms of missing data (Rubin, 1976):
//   MCAR  missing completely at random: every cell is equally likely to go missing;
//   MAR   missing at random: how likely a cell goes missing depends on another, observed column (the driver);
//   MNAR  missing not at random: it depends on the cell's own (now hidden) value.
// For each target column, round(rate · n) of its present cells go missing, drawn without replacement with weights
// (Efraimidis–Spirakis keys u^(1/w)): 1 for MCAR; exp(strength · r) for MAR and MNAR, r ∈ [−1, 1] the rank of the
// driver's (MAR) or the cell's own (MNAR) value, so high values go missing more often. Seeded: the same seed, rate and
// weights give the same cells. Each target column draws n uniforms in row order, whatever the values.
import { Rng } from '../random';
import { checkNumber, checkOption } from '../validation';
import { checkNaNRows } from './nan-utils';

export type Mechanism = 'MCAR' | 'MAR' | 'MNAR';

export const MECHANISMS: readonly { id: Mechanism; label: string; explain: string }[] = [
  { id: 'MCAR', label: 'MCAR', explain: 'Missing completely at random: every value is equally likely to be lost, whatever the data.' },
  { id: 'MAR', label: 'MAR', explain: 'Missing at random: values are lost more often when another, observed column is high.' },
  { id: 'MNAR', label: 'MNAR', explain: 'Missing not at random: a value is lost more often the higher it is itself — the data cannot tell you.' },
];

export interface InjectOptions {
  mechanism: Mechanism;
  /** The share of each target column's rows to blank, in [0, 1). */
  rate: number;
  seed?: number;
  /** Target column indices (default: every column but the driver). */
  columns?: readonly number[];
  /** MAR's observed driver column (default: the first column that is not a target, else column 0). */
  driver?: number;
  /** How strongly the driver (MAR) or the value (MNAR) tilts the odds (default 3: the highest value is e⁶ ≈ 400 times as likely to go missing as the lowest). */
  strength?: number;
}

/** Ranks of the present values of a column mapped to [−1, 1] (ties share the mean rank); missing → 0. */
function centredRanks(X: readonly ArrayLike<number>[], j: number): number[] {
  const idx = X.map((_, i) => i).filter((i) => !Number.isNaN(X[i][j])).sort((a, b) => X[a][j] - X[b][j]);
  const r = new Array<number>(X.length).fill(0), m = idx.length;
  for (let a = 0; a < m;) {
    let b = a;
    while (b + 1 < m && X[idx[b + 1]][j] === X[idx[a]][j]) b++;
    const mean = (a + b) / 2;
    for (let k = a; k <= b; k++) r[idx[k]] = m > 1 ? (2 * mean) / (m - 1) - 1 : 0;
    a = b + 1;
  }
  return r;
}

/** A copy of X with cells blanked (NaN) by the mechanism, and the mask of the cells it blanked. */
export function injectMissing(X: number[][], o: InjectOptions): { X: number[][]; mask: boolean[][]; driver: number | null } {
  const who = 'injectMissing';
  const { n, d } = checkNaNRows(X, who);
  const mechanism = checkOption('mechanism', o.mechanism, ['MCAR', 'MAR', 'MNAR'] as const, who);
  const rate = checkNumber('rate', o.rate, { min: 0, max: 1, maxExclusive: true }, who);
  const strength = checkNumber('strength', o.strength ?? 3, { min: 0 }, who);
  const targets = o.columns ? [...o.columns] : null;
  let driver: number | null = null;
  if (mechanism === 'MAR') {
    driver = o.driver ?? (targets ? Array.from({ length: d }, (_, j) => j).find((j) => !targets.includes(j)) ?? 0 : 0);
    checkNumber('driver', driver, { integer: true, min: 0, max: d - 1 }, who);
  }
  const cols = targets ?? Array.from({ length: d }, (_, j) => j).filter((j) => j !== driver);
  for (const j of cols) checkNumber('column', j, { integer: true, min: 0, max: d - 1 }, who);
  if (driver !== null && cols.includes(driver)) throw new RangeError(`${who}: MAR's driver column ${driver} must stay observed, so it cannot be a target too`);
  if (mechanism === 'MAR' && d < 2) throw new RangeError(`${who}: MAR needs a second column to depend on`);

  const rng = new Rng(o.seed ?? 0);
  const out = X.map((r) => Array.from(r));
  const mask = X.map(() => new Array<boolean>(d).fill(false));
  const driverRanks = driver === null ? null : centredRanks(X, driver);
  for (const j of cols) {
    const u = Array.from({ length: n }, () => rng.random());
    const r = mechanism === 'MCAR' ? null : mechanism === 'MAR' ? driverRanks! : centredRanks(X, j);
    const present = X.map((_, i) => i).filter((i) => !Number.isNaN(X[i][j]));
    const count = Math.min(present.length, Math.round(rate * n));
    const key = (i: number) => Math.log(Math.max(u[i], 1e-300)) / (r ? Math.exp(strength * r[i]) : 1);
    present.sort((a, b) => key(b) - key(a) || a - b);
    for (const i of present.slice(0, count)) { out[i][j] = NaN; mask[i][j] = true; }
  }
  return { X: out, mask, driver };
}
