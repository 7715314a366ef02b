// The shipped tables' files, served from the app's own origin (Vite emits them; fetched only when #/data opens).
import penguins from '../../../../datasets/penguins.csv?url';
import seattleWeather from '../../../../datasets/seattle-weather.csv?url';

export const SHIPPED_URLS: Record<string, string> = { penguins, 'seattle-weather': seattleWeather };
