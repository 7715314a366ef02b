// Registers the service worker that makes the playground work offline after one visit (vite.config.ts: `offline`).
// A new version waits until the learner chooses to reload (`onNeedRefresh`): never mid-session.
import { registerSW } from 'virtual:pwa-register';

export interface OfflineState {
  /** A new version is installed and waits for a reload. */
  updateReady: boolean;
  /** Every file is cached: the playground now works offline. */
  offlineReady: boolean;
}

export function registerOffline(onChange: (s: OfflineState) => void): (reload?: boolean) => Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return async () => {};
  const state: OfflineState = { updateReady: false, offlineReady: false };
  return registerSW({
    onNeedRefresh: () => onChange({ ...state, updateReady: (state.updateReady = true) }),
    onOfflineReady: () => onChange({ ...state, offlineReady: (state.offlineReady = true) }),
    onRegisterError: () => {}, // offline use is a bonus: the app works the same without it
  });
}
