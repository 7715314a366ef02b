export { permutationImportance } from './permutation-importance';
export type { PermutationImportance, PermutationImportanceOptions, Scorable } from './permutation-importance';
