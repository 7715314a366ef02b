/**
 * Looking inside a trained CNN: class probabilities of one image, the feature maps of every conv
 * layer, and the first layer's filters. Everything in tidy; plain typed arrays out.
 */
import { tidy, tensor4d, softmax, model as functionalModel, type Sequential, type Tensor, type SymbolicTensor } from '@tensorflow/tfjs';

export interface LayerMaps {
  layer: string;
  rows: number;
  cols: number;
  channels: number;
  /** rows × cols × channels, channel last. */
  data: Float32Array;
}

function asInput(image: Float32Array, rows: number, cols: number): Tensor {
  if (image.length !== rows * cols) throw new Error(`image has ${image.length} values, expected ${rows}×${cols}`);
  return tensor4d(image, [1, rows, cols, 1]);
}

/** Softmax probabilities of one image (floats in [0, 1], row-major). */
export function predictImage(m: Sequential, image: Float32Array, rows: number, cols: number): Float32Array {
  const p = tidy(() => softmax(m.predict(asInput(image, rows, cols)) as Tensor));
  const out = p.dataSync() as Float32Array;
  p.dispose();
  return Float32Array.from(out);
}

/** Output (after ReLU) of each named conv layer for one image. */
export function featureMaps(m: Sequential, layerNames: string[], image: Float32Array, rows: number, cols: number): LayerMaps[] {
  if (layerNames.length === 0) return [];
  const probe = functionalModel({
    inputs: m.inputs,
    outputs: layerNames.map((n) => m.getLayer(n).output as SymbolicTensor),
  });
  const outs = tidy(() => {
    const r = probe.predict(asInput(image, rows, cols));
    return Array.isArray(r) ? r : [r];
  });
  const maps = outs.map((t, i) => {
    const [, r, c, ch] = t.shape as number[];
    const data = Float32Array.from(t.dataSync());
    t.dispose();
    return { layer: layerNames[i], rows: r, cols: c, channels: ch, data };
  });
  return maps; // the probe shares the layers' weights; it owns no tensors of its own
}

/** The first conv layer's kernels, [k, k, 1, n] flattened (filter index fastest). */
export function firstLayerFilters(m: Sequential, layerName = 'conv1'): { kernelSize: number; count: number; data: Float32Array } | null {
  const layer = m.layers.find((l) => l.name === layerName);
  if (!layer) return null;
  const w = layer.getWeights()[0];
  const [k, , inCh, n] = w.shape as number[];
  if (inCh !== 1) return null;
  return { kernelSize: k, count: n, data: Float32Array.from(w.dataSync()) };
}
