// The study path's "predict, then check" questions (issue 15): for a widget, a question the learner answers before
// seeing, and the state (a link's query) that shows the answer. Every claim here is checked in Chromium by
// tests/e2e/study.spec.ts: it opens each `state` and asserts `check` on the numbers the widget shows, so an answer
// cannot silently stop being true when a widget changes.

export interface MetricCheck {
  /** A `data-metric` the widget shows. */
  metric: string;
  min?: number;
  max?: number;
}

export interface Question {
  /** Stable key for the saved progress (never reuse an id for a different question). */
  id: string;
  widget: string;
  prompt: string;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** The link's query (after `#/<widget>?`) that shows the answer. */
  state: string;
  /** Why, in a sentence or three, with what to look at. */
  explain: string;
  /** What the state shows, as numbers: a metric range, or a notice the page must show. */
  check: MetricCheck[] | { notice: string };
}

export const QUESTIONS: Question[] = [
  {
    id: 'pca-round',
    widget: 'pca',
    prompt: 'Make the 2-D cloud round (thickness 1, 200 points). What share of the variance does PC1 carry?',
    choices: ['Almost all of it (over 95 %)', 'A little over half: no direction stands out', 'None: PCA fails on a round cloud'],
    answer: 1,
    state: 'n=200&ratio=1',
    explain:
      'With no preferred direction the two components share the variance; a finite sample is never perfectly round, so PC1 still gets a bit more than half. PCA compresses well only when the data is stretched along some direction.',
    check: [{ metric: 'explained-variance', min: 0.45, max: 0.75 }],
  },
  {
    id: 'pca-standardise',
    widget: 'pca',
    prompt: 'Iris: you tick "Standardise features". The share of variance two components keep…',
    choices: ['rises', 'falls a little', 'stays exactly the same'],
    answer: 1,
    state: 'data=iris&standardize=1',
    explain:
      'Unscaled, the feature with the largest spread (petal length, in cm) dominates the first component, so two components keep almost everything (97.8 %). Standardised, all four features count equally and two components keep a little less (95.8 %). Scale first when features have different units.',
    check: [{ metric: 'variance-2pc', min: 0.9, max: 0.97 }],
  },
  {
    id: 'logistic-line',
    widget: 'logistic',
    prompt: 'Two moons, inputs x₁ and x₂ only, 300 updates of gradient descent. Can the boundary bend around the moons?',
    choices: ['Yes: with enough training it bends', 'No: it stays a straight line, and some points stay on the wrong side'],
    answer: 1,
    state: 'dataset=moons&steps=300',
    explain:
      'Logistic regression is linear in its input features: with x₁ and x₂ the boundary w·x + b = 0 is a straight line however long it trains, and training accuracy stops near 89 %. Adding x₁², x₂² or x₁x₂ lets the same linear model draw curves.',
    check: [{ metric: 'train-accuracy', max: 0.95 }],
  },
  {
    id: 'logistic-features',
    widget: 'logistic',
    prompt: 'Circles: with x₁ and x₂ the model is stuck near 50 %. You add x₁² and x₂². After 300 updates the test accuracy is…',
    choices: ['still about 50 %', 'close to 100 %'],
    answer: 1,
    state: 'dataset=circles&features=x1,x2,x1%5E2,x2%5E2&steps=300',
    explain:
      'w₁x₁² + w₂x₂² + b = 0 is a circle: in the new features the classes are linearly separable. This is feature engineering, and the idea behind kernels.',
    check: [{ metric: 'test-accuracy', min: 0.95 }],
  },
  {
    id: 'linear-diverge',
    widget: 'linear',
    prompt: 'The bowl allows learning rates up to 2/λmax = 1 here. You set 1.5. What does gradient descent do?',
    choices: ['Converges faster', 'Overshoots further at each step and diverges'],
    answer: 1,
    state: 'lr=1.5&steps=30',
    explain:
      'Along the steepest direction each step lands farther on the other side than it started, so the error grows geometrically; the run stops with a message. Lower the rate, or use an adaptive optimiser.',
    check: { notice: 'diverged' },
  },
  {
    id: 'linear-outlier',
    widget: 'linear',
    prompt: 'One of thirty points is pulled far off the line (outlier slider at 6). The least-squares slope…',
    choices: ['hardly changes: one point cannot matter', 'tilts noticeably towards the outlier'],
    answer: 1,
    state: 'outlier=6',
    explain:
      'Squared error grows with the square of the distance, so one far point pulls the least-squares line hard (slope 1.04 → 1.43 here). The absolute error grows only linearly, which is why robust losses resist outliers.',
    check: [{ metric: 'ls-slope', min: 1.2 }],
  },
  {
    id: 'reg-degree15',
    widget: 'regularization',
    prompt: 'Thirty noisy points of sin x. A degree-15 polynomial without a penalty has the lowest training error of all degrees. Its test error is…',
    choices: ['the lowest too', 'about that of degree 5', 'by far the highest'],
    answer: 2,
    state: 'degree=15&penalty=none',
    explain:
      'Sixteen coefficients bend the curve through the noise of thirty points; between and beyond them it swings wildly. Training MSE 0.034, test MSE in the thousands (degree 5: 0.05 and 0.12): a low training error can be the worst model.',
    check: [{ metric: 'train-mse', max: 0.04 }, { metric: 'test-mse', min: 100 }],
  },
  {
    id: 'reg-ridge-variance',
    widget: 'regularization',
    prompt: 'Degree 12 without a penalty: over 20 resampled training sets the variance part of the test error is in the thousands. Add Ridge with α = 0.1. The variance…',
    choices: ['stays in the thousands: the degree is the same', 'falls below 1, with bias² still small'],
    answer: 1,
    state: 'degree=12&penalty=ridge&alpha=0.1&sets=20&steps=20',
    explain:
      'The penalty keeps the coefficients small, so the twenty fitted curves stop swinging apart (variance ≈ 0.14 instead of ≈ 3,500) while their mean still follows sin x (bias² ≈ 0.02). Regularisation trades a little bias for a lot less variance.',
    check: [{ metric: 'variance', max: 1 }, { metric: 'bias2', max: 0.1 }],
  },
  {
    id: 'knn-k1',
    widget: 'knn',
    prompt: 'k = 1. What is the training accuracy?',
    choices: ['100 %', 'About the same as the test accuracy', 'Usually 70–80 %'],
    answer: 0,
    state: 'k=1',
    explain:
      'Each training point is its own nearest neighbour, so k = 1 classifies the training set perfectly, noise included; the test accuracy is lower than with a larger k. A perfect training score with a worse test score is overfitting.',
    check: [{ metric: 'train-accuracy', min: 1 }, { metric: 'test-accuracy', max: 0.9 }],
  },
  {
    id: 'knn-scale',
    widget: 'knn',
    prompt: 'x₁ is stretched ×10 and the features are not standardised. The test accuracy…',
    choices: ['stays the same: the data did not change', 'drops: x₁ alone now decides who the neighbours are'],
    answer: 1,
    state: 'stretch=1',
    explain:
      'Distances are dominated by the feature with the largest range, so x₂ barely counts any more. Tick "Standardise features" and the accuracy comes back: scale features before any distance-based model.',
    check: [{ metric: 'test-accuracy', max: 0.87 }],
  },
  {
    id: 'kmeans-inertia',
    widget: 'kmeans',
    prompt: 'Four blobs. You raise k from 4 to 8 and run to convergence. The inertia (sum of squared distances to the centres)…',
    choices: ['falls', 'rises, because 8 is the wrong number of clusters'],
    answer: 0,
    state: 'k=8&steps=80',
    explain:
      'More centres always sit closer to the points, so inertia keeps falling as k grows (355 → 231 here) even past the true number of clusters. That is why k is chosen by the elbow or the silhouette, not by the lowest inertia.',
    check: [{ metric: 'inertia', max: 300 }, { metric: 'changed', max: 0 }],
  },
  {
    id: 'kmeans-moons',
    widget: 'kmeans',
    prompt: 'Two moons, k = 2, run to convergence. Does k-means find the two moons?',
    choices: ['Yes', 'No: it cuts across them with a straight border'],
    answer: 1,
    state: 'dataset=moons&k=2&steps=40',
    explain:
      'k-means gives each point to its nearest centre, so its clusters are convex regions around centres; two interleaved crescents cannot be separated that way. Density- or graph-based methods (DBSCAN, spectral clustering) can.',
    check: [{ metric: 'changed', max: 0 }],
  },
  {
    id: 'tree-full',
    widget: 'tree',
    prompt: 'No depth limit, grown to the end on noisy moons. The training accuracy is…',
    choices: ['100 %', 'about the test accuracy'],
    answer: 0,
    state: 'steps=400',
    explain:
      'An unlimited tree keeps splitting until every leaf is pure, memorising the noise: 100 % on the training set, clearly less on the test set. Limit the depth, the leaf size or prune (ccp α) to generalise.',
    check: [{ metric: 'train-accuracy', min: 1 }, { metric: 'test-accuracy', max: 0.95 }],
  },
  {
    id: 'tree-stump',
    widget: 'tree',
    prompt: 'Max depth 1. How many leaves does the tree have?',
    choices: ['1', '2', '4'],
    answer: 1,
    state: 'maxDepth=1&steps=1',
    explain: 'Depth 1 is one split, a "decision stump": two leaves. Boosting builds strong models from many such weak ones.',
    check: [{ metric: 'leaves', min: 2, max: 2 }],
  },
  {
    id: 'confusion-high-threshold',
    widget: 'confusion',
    prompt: 'You raise the threshold to 0.9. Precision and recall?',
    choices: ['Both rise', 'Precision rises, recall collapses', 'Recall rises, precision falls'],
    answer: 1,
    state: 'threshold=0.9',
    explain:
      'Only the most confident scores are called positive: those few are nearly all right (precision 100 % here) but most positives are missed (recall 7.5 %). Moving the threshold trades one for the other.',
    check: [{ metric: 'precision', min: 0.99 }, { metric: 'recall', max: 0.2 }],
  },
  {
    id: 'confusion-low-threshold',
    widget: 'confusion',
    prompt: 'At threshold 0.1 every positive is found (recall 100 %). The accuracy is…',
    choices: ['high too', 'low: almost every negative becomes a false positive'],
    answer: 1,
    state: 'threshold=0.1',
    explain:
      'Recall alone says nothing about false positives: here 262 of 280 negatives are flagged and accuracy falls to about a third. Report precision or specificity beside recall.',
    check: [{ metric: 'recall', min: 1 }, { metric: 'accuracy', max: 0.4 }],
  },
  {
    id: 'roc-chance',
    widget: 'roc',
    prompt: 'Separation 0: the scores carry no information about the class. The ROC AUC is…',
    choices: ['0', 'about 0.5', '1'],
    answer: 1,
    state: 'separation=0&compare=0',
    explain:
      'A score unrelated to the class ranks a random positive above a random negative half the time: AUC ≈ 0.5, the diagonal. An AUC well below 0.5 would mean the scores are useful but reversed.',
    check: [{ metric: 'auc', min: 0.4, max: 0.6 }],
  },
  {
    id: 'roc-imbalance',
    widget: 'roc',
    prompt: 'Positives become rare (5 % of samples), same separation. ROC AUC and average precision (PR)?',
    choices: ['Both stay put', 'AUC barely moves, average precision drops sharply', 'AUC drops, average precision rises'],
    answer: 1,
    state: 'positiveShare=0.05&compare=0',
    explain:
      'The ROC curve divides by each class’s own size, so it ignores the balance; precision counts false positives against few true positives, so it suffers. On rare positives (fraud, disease) look at the PR curve.',
    check: [{ metric: 'auc', min: 0.8 }, { metric: 'ap', max: 0.45 }],
  },
  {
    id: 'gini-edge',
    widget: 'gini',
    prompt: 'Move the split to the far left, so every point goes right. The impurity decrease is…',
    choices: ['0', 'the largest possible'],
    answer: 0,
    state: 'split=-4',
    explain: 'One child holds everything and is the parent again: nothing was separated, so the decrease is exactly 0.',
    check: [{ metric: 'impurity-decrease', min: 0, max: 1e-12 }],
  },
  {
    id: 'gini-entropy',
    widget: 'gini',
    prompt: 'You switch the criterion from Gini to entropy. Does the best split move?',
    choices: ['Yes, a long way', 'No: here both pick the same split'],
    answer: 1,
    state: 'criterion=entropy',
    explain:
      'Gini and entropy rank splits almost the same way and usually choose the same threshold; only their scale differs (entropy in bits, up to 1 for two classes; Gini up to 0.5).',
    check: [{ metric: 'best-threshold', min: -0.35, max: -0.32 }],
  },
  {
    id: 'svm-linear-moons',
    widget: 'svm',
    prompt: 'Two moons, a linear kernel instead of RBF (C = 1). The test accuracy…',
    choices: ['stays about the same (near 93 %)', 'falls clearly: a straight boundary cannot follow the moons', 'reaches 100 %'],
    answer: 1,
    state: 'kernel=linear',
    explain:
      'A linear kernel draws one straight line, whatever C is: about 80 % of the test points here, against 93 % with the RBF kernel, which bends the boundary around the moons. The kernel decides the shapes a boundary can take; C only trades margin width against training errors.',
    check: [{ metric: 'test-accuracy', min: 0.7, max: 0.87 }],
  },
  {
    id: 'svm-large-c-gamma',
    widget: 'svm',
    prompt: 'RBF kernel with C = 1000 and γ = 30. Training accuracy and the number of support vectors?',
    choices: ['Training 100 %, and more support vectors than before (small islands round the points)', 'Training accuracy falls', 'Only a handful of support vectors remain'],
    answer: 0,
    state: 'C=1000&gamma=30',
    explain:
      'A large γ makes each point’s influence tiny, and a large C makes every training error expensive, so the boundary wraps islands round single points: every training point is classified right, and most of them become support vectors (57 of 70 here, against 26 at C = γ = 1). That is memorising; a learner who sees 100 % training accuracy should look at the test score.',
    check: [
      { metric: 'train-accuracy', min: 0.999 },
      { metric: 'support-vectors', min: 40 },
    ],
  },
  {
    id: 'forest-oob',
    widget: 'forest',
    prompt: 'After 100 trees, the out-of-bag (OOB) accuracy, computed without any held-out set, is…',
    choices: ['100 %, like the training accuracy', 'within a few points of the test accuracy', 'meaningless: every row trained some tree'],
    answer: 1,
    state: 'steps=100',
    explain:
      'Each row is left out of about 37 % of the bootstrap samples; the trees that never saw it vote on it. That is a held-out estimate for free: 94 % OOB against 90 % on the test points here, while the training accuracy of fully grown trees is 100 % and says nothing.',
    check: [
      { metric: 'oob-score', min: 0.85 },
      { metric: 'test-accuracy', min: 0.85 },
      { metric: 'train-accuracy', min: 0.999 },
    ],
  },
  {
    id: 'mlp-no-hidden',
    widget: 'mlp',
    prompt: 'Circle data, no hidden layer, inputs x₁ and x₂ only, 300 epochs. The test accuracy is…',
    choices: ['near 100 %: enough epochs fix it', 'near 50 %: one linear boundary cannot enclose a circle'],
    answer: 1,
    state: 'layers=&steps=300',
    explain:
      'Without a hidden layer the network is logistic regression: its boundary is one straight line, and no line separates the inside of a circle from the outside, so it stays near chance (48 %). Hidden neurons, or better features, are what bend the boundary.',
    check: [{ metric: 'test-score', max: 0.65 }],
  },
  {
    id: 'mlp-features',
    widget: 'mlp',
    prompt: 'Still no hidden layer, but you add the inputs x₁² and x₂². After 300 epochs the test accuracy is…',
    choices: ['still near 50 %', 'near 100 %'],
    answer: 1,
    state: 'features=x1%2Cx2%2Cx1%5E2%2Cx2%5E2&layers=&steps=300',
    explain:
      'x₁² + x₂² is the squared distance from the centre, so a circle is a straight cut in those features: the same linear model now separates the classes (100 % here). Good features can replace neurons; the network’s hidden layers learn such features when you do not give them.',
    check: [{ metric: 'test-score', min: 0.95 }],
  },
  {
    id: 'cv-sorted-kfold',
    widget: 'cv',
    prompt: 'Three blobs stored class by class; plain KFold with k = 3 and no shuffling. The mean accuracy over the folds?',
    choices: ['About 90 %, as with stratified folds', 'About 33 %: chance for three classes', '0 %: each fold tests a class its model never saw'],
    answer: 2,
    state: 'splitter=kfold&k=3',
    explain:
      'Unshuffled KFold cuts the rows in order, so each test fold is exactly one class and its model trained on the other two: it can never predict the right class. Shuffle first, or use StratifiedKFold (scikit-learn’s default for classifiers), which puts every class into every fold.',
    check: [{ metric: 'mean-score', max: 0.05 }],
  },
  {
    id: 'cv-shuffled-kfold',
    widget: 'cv',
    prompt: 'The same KFold with k = 3, but you tick "Shuffle before folding". The mean accuracy?',
    choices: ['Still 0 %', 'About 90 %'],
    answer: 1,
    state: 'splitter=kfold&k=3&shuffle=1',
    explain:
      'Shuffled, every fold holds all three classes in roughly their shares, so each model has seen every class and the estimate is honest again (91 % here). Stratifying guarantees the shares instead of hoping for them.',
    check: [{ metric: 'mean-score', min: 0.85 }],
  },
];

export function questionsFor(widget: string): Question[] {
  return QUESTIONS.filter((q) => q.widget === widget);
}
