import { entry as logistic } from '../widgets/logistic';
import { entry as confusion } from '../widgets/confusion';
import { entry as roc } from '../widgets/roc';
import { entry as gini } from '../widgets/gini';
import { entry as knn } from '../widgets/knn';
import { entry as kmeans } from '../widgets/kmeans';
import { entry as pca } from '../widgets/pca';
import { entry as cnn } from '../widgets/cnn';
import type { WidgetEntry } from '../widgets/types';

/** Every widget the app knows, in gallery order within each area. Each entry lives in its widget's folder. */
export const WIDGETS: WidgetEntry[] = [logistic, confusion, roc, gini, knn, kmeans, pca, cnn];

export function findWidget(name: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.name === name);
}
