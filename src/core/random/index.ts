export { Rng, toRng } from './rng';
