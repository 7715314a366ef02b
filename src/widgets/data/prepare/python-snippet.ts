// The scikit-learn code that rebuilds the data lab's pipeline: plain text for the "copy Python" button. Column
// names are the learner's text; JSON string literals are valid Python string literals, so they are quoted so.
// tests/fixtures/make_python_snippet.py runs these snippets with pandas and scikit-learn: they must run as written,
// and read the file as the lab did: the lab's missing-value markers in any letter case and no others
// (core/io/csv/infer.ts, MISSING_MARKERS), its boolean words, trimmed categories (pandas does none of these itself).
import type { ColumnKind, DataTable } from '../../../core/data/table';
import { FALSE_WORDS, MISSING_MARKERS, TRUE_WORDS } from '../../../core/io/csv';
import type { ModelId } from './model-data';
import { preparationColumns } from './preparation';

/** Which of the given number columns hold dates. */
export const dateColumns = (table: DataTable, numeric: readonly string[]): string[] =>
  table.columns.filter((c) => c.kind === 'date' && numeric.includes(c.name)).map((c) => c.name);

export interface SnippetSpec {
  tableName: string;
  target: string;
  numeric: readonly string[];
  /** The number columns the lab read as dates (UTC milliseconds): pandas reads them as text, so they are converted. */
  dates: readonly string[];
  categorical: readonly string[];
  /** The label columns (among categorical, or the target) the lab read as booleans: their words become 'true'/'false'. */
  booleans?: readonly string[];
  /** The target column's kind in the lab (a label target is read as text, a number target as numbers, as the lab does). */
  targetKind?: ColumnKind;
  model: ModelId;
  trainSize: number;
  seed: number;
  /** How the lab read the file (DataTable.format) and every column's name in the file, so pandas reads it the same way. */
  format?: DataTable['format'];
  columns?: readonly string[];
}

const py = (s: string) => JSON.stringify(s);
const list = (xs: readonly string[]) => `[${xs.map(py).join(', ')}]`;

/** The file the snippet reads: the table's own file name, or the shipped table's name with `.csv`. */
export const snippetFileName = (tableName: string): string => (/\.(csv|tsv|txt)$/i.test(tableName) ? tableName : `${tableName}.csv`);

/** pandas' read_csv arguments after the file name: the separator, decimal commas, and the lab's column names when
 *  the file has no header row or its names were made unique. */
function readArgs(s: SnippetSpec): string {
  const f = s.format;
  if (!f) return '';
  const args: string[] = [];
  if (f.delimiter === ';') args.push('sep=";"', 'decimal=","');
  if (f.delimiter === '\t') args.push('sep="\\t"');
  if ((!f.header || f.renamed) && s.columns) args.push(`header=${f.header ? 0 : 'None'}`, `names=${list(s.columns)}`);
  return args.map((a) => `, ${a}`).join('');
}

export function pythonSnippet(s: SnippetSpec): string {
  const model = s.model === 'knn' ? 'KNeighborsClassifier(n_neighbors=5)' : 'LogisticRegression()';
  const modelImport = s.model === 'knn' ? 'from sklearn.neighbors import KNeighborsClassifier' : 'from sklearn.linear_model import LogisticRegression';
  const parts: string[] = [];
  if (s.numeric.length) parts.push('        ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),');
  if (s.categorical.length) parts.push('        ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),');
  const target = s.model === 'logistic' ? `(df[${py(s.target)}] == sorted(df[${py(s.target)}].unique())[0]).astype(int)  # first class vs rest` : `df[${py(s.target)}]`;
  // The lab's kinds, not pandas' guesses: a category of digits (set by hand, or inferred) is read as text, and a
  // number column's words are missing values, as the lab reads them (pandas would make the column text).
  const labelTarget = s.targetKind === 'category' || s.targetKind === 'boolean' || s.targetKind === 'text';
  const asText = s.categorical.length ? `categorical${labelTarget ? ` + [${py(s.target)}]` : ''}` : labelTarget ? `[${py(s.target)}]` : '';
  const dtype = asText ? `, dtype=dict.fromkeys(${asText}, str)` : '';
  const booleans = s.booleans ?? [];
  const numbers = [...s.numeric.filter((c) => !s.dates.includes(c)), ...(s.targetKind === 'number' ? [s.target] : [])];
  const categories = [...s.categorical.filter((c) => !booleans.includes(c)), ...(s.targetKind === 'category' ? [s.target] : [])];
  const toNumber = s.format?.delimiter === ';' ? 'pd.to_numeric(df[c].astype(str).str.replace(",", ".", regex=False), errors="coerce")' : 'pd.to_numeric(df[c], errors="coerce")';
  return [
    'from itertools import product',
    '',
    'import pandas as pd',
    'from sklearn.compose import ColumnTransformer',
    'from sklearn.impute import SimpleImputer',
    'from sklearn.model_selection import train_test_split',
    'from sklearn.pipeline import Pipeline',
    'from sklearn.preprocessing import OneHotEncoder, StandardScaler',
    modelImport,
    '',
    `numeric = ${list(s.numeric)}`,
    `categorical = ${list(s.categorical)}`,
    '# the lab\'s missing-value markers in any letter case (NA, None, NONE…) and no others (pandas\' own list has #N/A…)',
    `missing = {"".join(p) for m in ${list(MISSING_MARKERS)} for p in product(*[(ch.lower(), ch.upper()) for ch in m])}`,
    `df = pd.read_csv(${py(snippetFileName(s.tableName))}${readArgs(s)}, na_values=missing, keep_default_na=False${dtype})`,
    ...(numbers.length ? [`for c in ${list(numbers)}:  # numbers, as the lab reads them: a word is a missing value`, `    df[c] = ${toNumber}`] : []),
    // seconds rather than the lab's milliseconds: the median and the standard scaler make the unit irrelevant
    ...(s.dates.length ? [`for c in ${list(s.dates)}:  # dates as numbers, as the lab reads them`, '    df[c] = (pd.to_datetime(df[c], errors="coerce") - pd.Timestamp(0)).dt.total_seconds()'] : []),
    ...(categories.length ? [`for c in ${list(categories)}:  # categories, as the lab reads them: trimmed`, '    df[c] = df[c].str.strip().mask(lambda v: v.isin(missing))'] : []),
    ...(booleans.length ? [
      `for c in ${list(booleans)}:  # booleans, as the lab reads them (any letter case); another word is a missing value`,
      `    df[c] = df[c].str.strip().str.lower().map({**dict.fromkeys(${list(TRUE_WORDS)}, "true"), **dict.fromkeys(${list(FALSE_WORDS)}, "false")})`,
    ] : []),
    `df = df.dropna(subset=[${py(s.target)}])`,
    `X, y = df.drop(columns=[${py(s.target)}]), ${target}`,
    '',
    'pipe = Pipeline([',
    '    ("prepare", ColumnTransformer([',
    ...parts,
    '    ])),',
    `    ("model", ${model}),`,
    '])',
    `X_train, X_test, y_train, y_test = train_test_split(X, y, train_size=${s.trainSize}, random_state=${s.seed}, stratify=y)`,
    'pipe.fit(X_train, y_train)  # every step is fitted on the training rows only',
    'print("test accuracy:", pipe.score(X_test, y_test))',
    '',
  ].join('\n');
}

/**
 * The snippet for a table as the lab read it: its columns by role as the lab's kinds (inferred or set by hand)
 * and the ignored columns make them, its dates, its file's format. The file's every column is named to pandas
 * when the lab named them (the table may lack the ignored ones; the ColumnTransformer leaves them out).
 */
export function pythonSnippetFor(table: DataTable, target: string, model: ModelId, trainSize: number, seed: number): string {
  const { numeric, categorical } = preparationColumns(table, target);
  const kindOf = (name: string) => table.columns.find((c) => c.name === name)?.kind;
  const booleans = [...categorical, target].filter((c) => kindOf(c) === 'boolean');
  return pythonSnippet({
    tableName: table.name, target, numeric, dates: dateColumns(table, numeric), categorical, booleans, targetKind: kindOf(target), model, trainSize, seed,
    format: table.format, columns: table.format?.names ?? table.columns.map((c) => c.name),
  });
}
