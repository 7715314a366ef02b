// The #/mlp engine's reference: the same network written in TF.js ops and differentiated by TF.js's autodiff.
import { tidy, variable, tensor2d, tensor1d, matMul, add, relu, tanh, sigmoid, square, sum, mean, sub, mul, oneHot, losses, variableGrads, scalar, type Tensor, type Variable } from '@tensorflow/tfjs';
import type { Activation, DropoutMasks, Mlp, MlpTask } from '../../../src/core/models/neural_network/mlp';

/**
 * The same network in TF.js ops: its loss (mean data loss + ½λΣw²), differentiated by TF.js's autodiff. Each hidden
 * layer uses the engine's activation for it (m.acts), and its output is multiplied by the given dropout mask (a
 * constant), so the check covers dropout with the masks fixed.
 */
export function tfGradient(m: Mlp, x: number[], y: number[], n: number, masks?: DropoutMasks): { loss: number; grad: Float64Array } {
  const { weights, biases } = m.getWeights();
  const act: Record<Activation, (t: Tensor) => Tensor> = { relu, tanh, sigmoid, linear: (t) => t };
  // in a tidy: a variable copies its initial tensor, which would otherwise stay allocated
  const W: Variable[] = weights.map((w) => tidy(() => variable(tensor2d(w.map((r) => [...r])))));
  const B: Variable[] = biases.map((b) => tidy(() => variable(tensor1d(b))));
  let out = { loss: NaN, grad: new Float64Array(0) };
  tidy(() => {
    const X = tensor2d(x, [n, m.spec.nIn]), Y = tensor1d(y);
    const { value, grads } = variableGrads(() => {
      let h: Tensor = X;
      W.forEach((w, l) => {
        const z = add(matMul(h, w), B[l]);
        if (l === W.length - 1) h = z;
        else {
          const mask = masks?.[l];
          h = mask ? mul(act[m.acts[l]](z), tensor2d(Array.from(mask), [n, w.shape[1]!])) : act[m.acts[l]](z);
        }
      });
      const task: MlpTask = m.spec.task;
      const data = task === 'binary' ? losses.sigmoidCrossEntropy(Y.reshape([-1, 1]), h)
        : task === 'multiclass' ? losses.softmaxCrossEntropy(oneHot(Y.toInt(), m.nOut), h)
        : mean(square(sub(h, Y.reshape([-1, 1]))));
      let pen: Tensor = scalar(0);
      for (const w of W) pen = add(pen, mul(0.5 * (m.spec.l2 ?? 0), sum(square(w))));
      return add(data, pen) as never;
    }, [...W, ...B]);
    // the engine's order: per layer, weights then biases
    const flat: number[] = [];
    W.forEach((w, l) => flat.push(...grads[w.name].dataSync(), ...grads[B[l].name].dataSync()));
    out = { loss: value.dataSync()[0], grad: Float64Array.from(flat) };
  });
  [...W, ...B].forEach((v) => v.dispose());
  return out;
}

