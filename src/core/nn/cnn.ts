/**
 * The model builder of the CNN widget: a small convolutional network described by a plain spec.
 * Named tfjs imports only, so the bundler tree-shakes TF.js and the module can be loaded lazily.
 * No DOM: runs in Node (cpu backend), the page and Web Workers.
 */
import { sequential, layers, initializers, type Sequential } from '@tensorflow/tfjs';
import { ConvRelu } from './conv-layer';
import { convOutputShapes, type CnnSpec } from './cnn-spec';

export * from './cnn-spec';

/**
 * Builds the network. The last layer outputs logits (no softmax): the loss applies a numerically
 * stable softmax cross-entropy, and predictions apply softmax. Every initializer is seeded, so the
 * same spec gives the same weights.
 */
export function buildCnn(spec: CnnSpec): Sequential {
  convOutputShapes(spec); // validates
  const model = sequential();
  let k = 0;
  const init = () => initializers.glorotUniform({ seed: spec.seed * 101 + k++ });
  spec.conv.forEach((l, i) => {
    model.add(new ConvRelu({
      ...(i === 0 ? { inputShape: spec.inputShape } : {}),
      filters: l.filters, kernelSize: l.kernelSize, strides: l.strides ?? 1,
      seed: spec.seed * 101 + k++, name: `conv${i + 1}`, impl: spec.convImpl ?? 'auto',
    }));
    if (spec.pooling === 'max') model.add(layers.maxPooling2d({ poolSize: 2, strides: 2, padding: 'same', name: `pool${i + 1}` }));
    if (spec.pooling === 'avg') model.add(layers.averagePooling2d({ poolSize: 2, strides: 2, padding: 'same', name: `pool${i + 1}` }));
  });
  model.add(layers.flatten(spec.conv.length === 0 ? { inputShape: spec.inputShape } : {}));
  if (spec.denseUnits > 0) model.add(layers.dense({ units: spec.denseUnits, activation: 'relu', kernelInitializer: init(), name: 'hidden' }));
  if (spec.dropout > 0) model.add(layers.dropout({ rate: spec.dropout, seed: spec.seed * 101 + 99 }));
  model.add(layers.dense({ units: spec.nClasses, kernelInitializer: init(), name: 'logits' }));
  return model;
}

