// The public API of ml-playground's core: pure TypeScript, no DOM. Runs in Node, the page and Web Workers.
export * from './random';
export * from './metrics';
export * from './data';
export * from './preprocess';
export * from './models';
export * from './datasets';
export * from './optim';
