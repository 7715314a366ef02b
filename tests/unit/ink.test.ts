// inkOn picks the label colour with the higher WCAG contrast on a fill (hand-computed ratios in the comments).
import { describe, expect, it } from 'vitest';
import { inkOn } from '../../src/charts/ink';

describe('inkOn', () => {
  it('white on dark fills, near-black on light ones', () => {
    expect(inkOn('#000000')).toBe('#ffffff');
    expect(inkOn('#ffffff')).toBe('#111827');
    expect(inkOn('#E69F00')).toBe('#111827'); // orange: 8.0 : 1 dark, 2.2 : 1 white
    expect(inkOn('#0072B2')).toBe('#ffffff'); // blue: 5.2 : 1 white, 3.4 : 1 dark
    expect(inkOn('#009E73')).toBe('#111827'); // green: 5.3 : 1 dark, 3.3 : 1 white
  });
});
