/**
 * A conv layer (same padding, ReLU) that also trains on the wasm backend.
 *
 * TF.js's wasm backend has Conv2D (XNNPACK, fast) and Conv2DBackpropInput but no
 * Conv2DBackpropFilter, so `tf.layers.conv2d` cannot train there. Here the filter gradient is
 * computed another way: a depthwise convolution with one-hot kernels extracts the image patches
 * (im2col), and dL/dW = patchesᵀ · dL/dy is a single matMul. On wasm SIMD this trains the small
 * CNN ~10× faster than WebGL on a software GPU (see docs/PERFORMANCE.md, section cnn).
 */
import {
  layers, initializers, serialization, tidy, conv2d, conv2dTranspose, depthwiseConv2d, matMul, relu, add,
  customGrad, tensor4d, getBackend, transpose, reverse, zerosLike, type Tensor, type Tensor4D, type LayerVariable,
} from '@tensorflow/tfjs';

import type { ConvImpl } from './conv-layer-types';
export type { ConvImpl };

/** One-hot kernels [k, k, cin, k·k]: output channel ci·k·k + (kh·k + kw) copies input pixel (kh, kw) of channel ci. */
function patchKernel(k: number, cin: number): Tensor4D {
  const m = k * k, v = new Float32Array(k * k * cin * m);
  for (let kh = 0; kh < k; kh++) for (let kw = 0; kw < k; kw++) for (let ci = 0; ci < cin; ci++) {
    v[((kh * k + kw) * cin + ci) * m + kh * k + kw] = 1;
  }
  return tensor4d(v, [k, k, cin, m]);
}

/** dL/dW of a same-padded conv, from its input x [b, h, w, cin] and output gradient dy [b, h', w', cout]. */
export function conv2dFilterGrad(x: Tensor4D, dy: Tensor4D, k: number, strides: number): Tensor4D {
  return tidy(() => {
    const cin = x.shape[3], cout = dy.shape[3], n = dy.shape[0] * dy.shape[1] * dy.shape[2];
    const patches = depthwiseConv2d(x, patchKernel(k, cin), strides, 'same'); // [b, h', w', cin·k·k]
    // dyᵀ · patches with an explicit transpose: the wasm matMul is several times slower with transposeA.
    const g = matMul(transpose(dy.reshape([n, cout])), patches.reshape([n, cin * k * k])); // [cout, cin·k·k]
    return g.reshape([cout, cin, k, k]).transpose([2, 3, 1, 0]) as Tensor4D;
  });
}

/**
 * dL/dx of a same-padded conv as a forward conv (fast on every backend): spread dy out to the input
 * grid (zeros between, for stride 2) and correlate it with the kernel flipped and in/out swapped.
 */
export function conv2dInputGrad(dy: Tensor4D, filter: Tensor4D, xShape: [number, number, number, number], strides: number): Tensor4D {
  return tidy(() => {
    const k = filter.shape[0], [b, h, w] = xShape, [, oh, ow, cout] = dy.shape;
    let u: Tensor4D = dy;
    if (strides > 1) {
      // [b, oh, ow, c] → [b, oh, 1, ow, 1, c] → zero-pad the unit axes to `strides` → [b, oh·s, ow·s, c]
      u = dy.reshape([b, oh, 1, ow, 1, cout])
        .pad([[0, 0], [0, 0], [0, strides - 1], [0, 0], [0, strides - 1], [0, 0]])
        .reshape([b, oh * strides, ow * strides, cout]) as Tensor4D;
    }
    // 'same' padding puts floor(total/2) before the image: total = max((o − 1)·s + k − n, 0).
    const before = (o: number, n: number) => Math.floor(Math.max((o - 1) * strides + k - n, 0) / 2);
    const pt = before(oh, h), pl = before(ow, w);
    const L = u.shape[1], W = u.shape[2];
    const pad: [[number, number], [number, number], [number, number], [number, number]] = [
      [0, 0], [k - 1 - pt, Math.max(0, h + pt - L)], [k - 1 - pl, Math.max(0, w + pl - W)], [0, 0],
    ];
    const flipped = reverse(filter, [0, 1]).transpose([0, 1, 3, 2]) as Tensor4D;
    const dx = conv2d(u, flipped, 1, pad);
    return dx.slice([0, 0, 0, 0], [b, h, w, -1]) as Tensor4D;
  });
}

/**
 * Same-padded 2-D convolution whose gradients need neither Conv2DBackpropFilter nor the slow
 * Conv2DBackpropInput. `inputIsData`: the input is the images themselves, so dL/dx is never used
 * and not computed.
 */
export function conv2dPatches(x: Tensor4D, filter: Tensor4D, strides: number, inputIsData = false): Tensor4D {
  // customGrad passes (...inputs, save) untyped: unpack by position.
  const f = customGrad<Tensor4D>((...args: (Tensor | ((ts: Tensor[]) => void))[]) => {
    const xi = args[0] as Tensor4D, fi = args[1] as Tensor4D, save = args[2] as (ts: Tensor[]) => void;
    save([xi, fi]);
    return {
      value: conv2d(xi, fi, strides, 'same'),
      gradFunc: (dy: Tensor, saved: Tensor[]) => {
        const [sx, sf] = saved as Tensor4D[];
        const d = dy as Tensor4D;
        const dx = inputIsData ? zerosLike(sx) : conv2dInputGrad(d, sf, sx.shape, strides);
        return [dx, conv2dFilterGrad(sx, d, sf.shape[0], strides)];
      },
    };
  });
  return f(x, filter) as Tensor4D;
}

export interface ConvReluArgs {
  filters: number;
  kernelSize: number;
  strides: number;
  seed: number;
  name: string;
  /** Given for the first layer only (its input is the data, so it needs no input gradient). */
  inputShape?: number[];
  /** 'auto' = native conv2d except on wasm. */
  impl?: ConvImpl;
}

/** conv (same padding) + bias + ReLU, as one layer. */
export class ConvRelu extends layers.Layer {
  static className = 'MlpConvRelu';
  private kernel: LayerVariable | null = null;
  private bias: LayerVariable | null = null;
  private readonly cfg: ConvReluArgs;

  constructor(args: ConvReluArgs) {
    super({ name: args.name, ...(args.inputShape ? { inputShape: args.inputShape } : {}) });
    this.cfg = args;
  }

  override build(inputShape: number[] | number[][]): void {
    const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as number[];
    const { kernelSize: k, filters, seed } = this.cfg;
    this.kernel = this.addWeight('kernel', [k, k, s[3], filters], 'float32', initializers.glorotUniform({ seed }));
    this.bias = this.addWeight('bias', [filters], 'float32', initializers.zeros());
    this.built = true;
  }

  override computeOutputShape(inputShape: number[] | number[][]): number[] {
    const s = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as number[];
    const st = this.cfg.strides;
    return [s[0], Math.ceil(s[1] / st), Math.ceil(s[2] / st), this.cfg.filters];
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tidy(() => {
      const x = (Array.isArray(inputs) ? inputs[0] : inputs) as Tensor4D;
      const w = this.kernel!.read() as Tensor4D;
      const impl = this.cfg.impl ?? 'auto';
      const usePatches = impl === 'patches' || (impl === 'auto' && getBackend() === 'wasm');
      const y = usePatches ? conv2dPatches(x, w, this.cfg.strides, this.cfg.inputShape !== undefined) : conv2d(x, w, this.cfg.strides, 'same');
      return relu(add(y, this.bias!.read()));
    });
  }

  override getConfig(): serialization.ConfigDict {
    const { filters, kernelSize, strides, seed, impl } = this.cfg;
    return { ...super.getConfig(), filters, kernelSize, strides, seed, impl: impl ?? 'auto' };
  }
}
serialization.registerClass(ConvRelu);
