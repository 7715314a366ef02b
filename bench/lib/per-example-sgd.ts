// The reference for bench/suites/mlp.ts: a network trained the way TensorFlow Playground's engine trains one, written
// for this bench from that design (not copied). Every neuron and every link is an object; an example goes forward
// neuron by neuron, then backward, each link adding its derivative to an accumulator; every `batch` examples the
// accumulated means are applied. Hidden and output neurons use tanh and the loss is ½(output − target)² with
// targets ±1, as TensorFlow Playground's classification does. Only its speed is used: it is not tested for numbers.
import { Rng } from '../../src/core/random';

interface Link {
  source: Neuron;
  dest: Neuron;
  weight: number;
  accErrorDer: number;
  numAccumulatedDers: number;
}

interface Neuron {
  bias: number;
  inputs: Link[];
  outputs: Link[];
  totalInput: number;
  output: number;
  outputDer: number;
  inputDer: number;
  accInputDer: number;
  numAccumulatedDers: number;
}

const neuron = (): Neuron => ({ bias: 0.1, inputs: [], outputs: [], totalInput: 0, output: 0, outputDer: 0, inputDer: 0, accInputDer: 0, numAccumulatedDers: 0 });
const tanhDer = (x: number) => { const t = Math.tanh(x); return 1 - t * t; };

export class PerExampleNet {
  private readonly layers: Neuron[][];

  constructor(sizes: number[], seed: number) {
    const rng = new Rng(seed);
    this.layers = sizes.map((n) => Array.from({ length: n }, neuron));
    for (let l = 1; l < sizes.length; l++) {
      for (const dest of this.layers[l]) {
        for (const source of this.layers[l - 1]) {
          const link: Link = { source, dest, weight: rng.uniform(-0.5, 0.5), accErrorDer: 0, numAccumulatedDers: 0 };
          dest.inputs.push(link);
          source.outputs.push(link);
        }
      }
    }
  }

  private forward(x0: number, x1: number): number {
    const inputs = this.layers[0];
    inputs[0].output = x0;
    inputs[1].output = x1;
    for (let l = 1; l < this.layers.length; l++) {
      for (const n of this.layers[l]) {
        let total = n.bias;
        for (const link of n.inputs) total += link.weight * link.source.output;
        n.totalInput = total;
        n.output = Math.tanh(total);
      }
    }
    return this.layers[this.layers.length - 1][0].output;
  }

  private backward(target: number): void {
    const out = this.layers[this.layers.length - 1][0];
    out.outputDer = out.output - target;
    for (let l = this.layers.length - 1; l >= 1; l--) {
      for (const n of this.layers[l]) {
        n.inputDer = n.outputDer * tanhDer(n.totalInput);
        n.accInputDer += n.inputDer;
        n.numAccumulatedDers++;
        for (const link of n.inputs) {
          link.accErrorDer += n.inputDer * link.source.output;
          link.numAccumulatedDers++;
        }
      }
      if (l === 1) break;
      for (const n of this.layers[l - 1]) {
        let der = 0;
        for (const link of n.outputs) der += link.weight * link.dest.inputDer;
        n.outputDer = der;
      }
    }
  }

  private update(lr: number): void {
    for (let l = 1; l < this.layers.length; l++) {
      for (const n of this.layers[l]) {
        if (n.numAccumulatedDers > 0) {
          n.bias -= (lr * n.accInputDer) / n.numAccumulatedDers;
          n.accInputDer = 0;
          n.numAccumulatedDers = 0;
        }
        for (const link of n.inputs) {
          if (link.numAccumulatedDers > 0) {
            link.weight -= (lr * link.accErrorDer) / link.numAccumulatedDers;
            link.accErrorDer = 0;
            link.numAccumulatedDers = 0;
          }
        }
      }
    }
  }

  /** One pass over the rows in `order` (x: n × 2 row-major, y: 0/1 labels, trained as targets −1/+1). */
  trainEpoch(x: ArrayLike<number>, y: ArrayLike<number>, order: ArrayLike<number>, batch: number, lr: number): void {
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      this.forward(x[2 * i], x[2 * i + 1]);
      this.backward(y[i] === 1 ? 1 : -1);
      if ((k + 1) % batch === 0) this.update(lr);
    }
  }
}
