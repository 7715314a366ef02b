// The shipped tables' files for #/linear's several-features view, fetched from the app's own origin when the
// learner picks one, and read by the same reader as a learner's table. Its own chunk: the route does not carry it.
import penguins from '../../../datasets/penguins.csv?url';
import seattleWeather from '../../../datasets/seattle-weather.csv?url';
import type { RegressionMatrix } from '../../core/data';
import { readRegression } from '../shared/table-read';
import { MULTI_SPECS } from './multi-specs';

const URLS: Record<keyof typeof MULTI_SPECS, string> = { penguins, weather: seattleWeather };

export async function loadShipped(name: keyof typeof MULTI_SPECS): Promise<RegressionMatrix | Error> {
  const spec = MULTI_SPECS[name];
  const res = await fetch(URLS[name]);
  if (!res.ok) return new Error(`Could not load ${spec.file} from this site (${res.status}).`);
  return readRegression(spec.file, new Uint8Array(await res.arrayBuffer()), { target: spec.target, features: spec.features, dropMissing: true });
}
