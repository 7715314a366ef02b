export { permutationImportance, permutationImportanceSteps } from './permutation-importance';
export type { PermutationImportance, PermutationImportanceOptions, Scorable } from './permutation-importance';
