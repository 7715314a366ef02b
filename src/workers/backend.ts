/**
 * Picks a worker's TF.js backend once: in the order wasm SIMD → WebGL (through OffscreenCanvas, which
 * Chromium offers in workers) → cpu for 'auto', else the chosen one then cpu. Each candidate must compute a
 * small matMul right (setBackend can succeed on a context that then fails). Shared by the CNN and RNN workers.
 */
import { setBackend, getBackend, ready, tidy, tensor2d, matMul, env } from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import type { Backend, BackendChoice } from './cnn-protocol';

/** webgl → cpu, with a real computation as the test (setBackend can succeed on a context that then fails). */
export async function chooseBackend(choice: BackendChoice): Promise<Backend> {
  const order = choice === 'auto' ? ['wasm', 'webgl', 'cpu'] : [choice, 'cpu'];
  if (order.includes('wasm')) {
    // Our own copies of the .wasm files (no network); no threads (they need COOP/COEP, and gave no speed-up on 2 cores).
    env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths({ 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmSimd });
  }
  const notes: string[] = [];
  for (const name of order) {
    try {
      if (!(await setBackend(name))) throw new Error('not available');
      await ready();
      const t = tidy(() => matMul(tensor2d([1, 2, 3, 4], [2, 2]), tensor2d([1, 0, 0, 1], [2, 2])));
      const v = await t.data();
      t.dispose();
      if (v[3] !== 4) throw new Error('wrong result');
      const why = notes.length ? `fallback (${notes.join('; ')})` : choice === 'auto' ? 'fastest here' : 'chosen in the settings';
      return { name: getBackend(), note: why };
    } catch (e) {
      notes.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  throw new Error(`no TF.js backend works here (${notes.join('; ')})`);
}

