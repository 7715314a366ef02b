// The scikit-learn code that rebuilds the data lab's pipeline: plain text for the "copy Python" button. Column
// names are the learner's text; JSON string literals are valid Python string literals, so they are quoted so.
import type { ModelId } from './model-data';

export interface SnippetSpec {
  tableName: string;
  target: string;
  numeric: readonly string[];
  categorical: readonly string[];
  model: ModelId;
  trainSize: number;
  seed: number;
}

const py = (s: string) => JSON.stringify(s);
const list = (xs: readonly string[]) => `[${xs.map(py).join(', ')}]`;

export function pythonSnippet(s: SnippetSpec): string {
  const model = s.model === 'knn' ? 'KNeighborsClassifier(n_neighbors=5)' : 'LogisticRegression()';
  const modelImport = s.model === 'knn' ? 'from sklearn.neighbors import KNeighborsClassifier' : 'from sklearn.linear_model import LogisticRegression';
  const parts: string[] = [];
  if (s.numeric.length) parts.push('        ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),');
  if (s.categorical.length) parts.push('        ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),');
  const target = s.model === 'logistic' ? `(df[${py(s.target)}] == sorted(df[${py(s.target)}].unique())[0]).astype(int)  # first class vs rest` : `df[${py(s.target)}]`;
  return [
    'import pandas as pd',
    'from sklearn.compose import ColumnTransformer',
    'from sklearn.impute import SimpleImputer',
    'from sklearn.model_selection import train_test_split',
    'from sklearn.pipeline import Pipeline',
    'from sklearn.preprocessing import OneHotEncoder, StandardScaler',
    modelImport,
    '',
    `df = pd.read_csv(${py(`${s.tableName}.csv`)}).dropna(subset=[${py(s.target)}])`,
    `X, y = df.drop(columns=[${py(s.target)}]), ${target}`,
    `numeric = ${list(s.numeric)}`,
    `categorical = ${list(s.categorical)}`,
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
