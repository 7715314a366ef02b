/** How conv layers compute gradients: 'native' TF.js kernels, 'patches' (trains on wasm), or 'auto' (patches only on wasm). */
export type ConvImpl = 'native' | 'patches' | 'auto';
