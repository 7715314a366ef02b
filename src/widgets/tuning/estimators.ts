// The estimator each model name searches (kept apart from space.ts so that the page's views load no model code).
import type { CvEstimator } from '../../core/model_selection';
import { KNeighborsClassifier } from '../../core/models/neighbors';
import { SVC } from '../../core/models/svm';
import { DecisionTreeClassifier } from '../../core/models/tree';
import type { ModelName } from './params';

export function makeEstimator(model: ModelName): CvEstimator {
  switch (model) {
    case 'knn': return new KNeighborsClassifier();
    case 'svm': return new SVC({ kernel: 'rbf' });
    case 'tree': return new DecisionTreeClassifier({ seed: 0 });
  }
}
