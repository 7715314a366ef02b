// The neural-network part of core (TF.js). Deliberately NOT re-exported from src/core/index.ts:
// importing it pulls in TF.js, which only the neural-net widgets may load (lazily, via dynamic import).
export * from './digits-file';
export * from './cnn';
export * from './train';
export * from './session';
export * from './mnist-like';
export * from './inspect';
export * from './conv-layer';
