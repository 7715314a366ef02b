import { DecisionTreeClassifier } from '/work/wt-me/src/core/models/tree';
import { readDigits } from '/work/wt-me/src/core/datasets/node';
const d = readDigits();
for (let i = 0; i < 10; i++) new DecisionTreeClassifier().fit(d.X, d.y);
const t0 = performance.now();
for (let i = 0; i < 40; i++) new DecisionTreeClassifier().fit(d.X, d.y);
console.log('ms per fit', (performance.now() - t0) / 40);
