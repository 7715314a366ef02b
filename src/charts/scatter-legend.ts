// Legend items shared by Scatter and BoundaryMap: one swatch per class, then the train/test marks.
import { classColor } from './palette';
import type { LegendItem, ScatterPoint } from './types';

export function classLegend(classNames: string[], colors: readonly string[], points: ScatterPoint[]): LegendItem[] {
  const items: LegendItem[] = classNames.map((label, k) => ({ label, color: classColor(k, colors), shape: 'dot' }));
  const hasTest = points.some((p) => p.test);
  if (hasTest) {
    items.push({ label: 'train', color: '#6b7280', shape: 'dot' }, { label: 'test', color: '#6b7280', shape: 'hollow' });
  }
  return items;
}
