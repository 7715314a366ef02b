// Legend items shared by Scatter and BoundaryMap: one swatch per class, then the train/test marks.
import { classColor } from './palette';
import type { LegendItem, ScatterPoint } from './types';

/** `marks` names the filled and the hollow points (default train and test; a forest's tree: drawn and out of bag). */
export function classLegend(classNames: string[], colors: readonly string[], points: ScatterPoint[], marks: readonly [string, string] = ['train', 'test']): LegendItem[] {
  const items: LegendItem[] = classNames.map((label, k) => ({ label, color: classColor(k, colors), shape: 'dot' }));
  const hasTest = points.some((p) => p.test);
  if (hasTest) {
    items.push({ label: marks[0], color: '#6b7280', shape: 'dot' }, { label: marks[1], color: '#6b7280', shape: 'hollow' });
  }
  return items;
}
