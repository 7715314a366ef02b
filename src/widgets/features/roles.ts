// The colour and name of each feature role (one legend for every panel).
import { categorical, RATE_INK } from '../../charts/palette';
import type { LegendItem } from '../../charts/types';
import type { Role } from './problem';

export const ROLE_COLOR: Record<Role, string> = {
  informative: categorical[2],
  redundant: categorical[0],
  noise: '#9ca3af',
  constant: categorical[5],
  measured: RATE_INK,
};

export const ROLE_LABEL: Record<Role, string> = {
  informative: 'informative',
  redundant: 'redundant (a mix of informative ones)',
  noise: 'pure noise',
  constant: 'constant',
  measured: 'measured (role unknown)',
};

export function roleLegend(roles: readonly Role[]): LegendItem[] {
  return [...new Set(roles)].map((r) => ({ label: ROLE_LABEL[r], color: ROLE_COLOR[r], shape: 'square' as const }));
}
