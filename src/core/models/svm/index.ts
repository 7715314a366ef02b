// Support vector machines (scikit-learn's sklearn.svm).
export { SVC } from './svc';
export type { SVCParams, SvcStep, Gamma } from './svc';
export { KERNEL_NAMES, kernelValue, resolveGamma } from './kernels';
export type { KernelName, KernelSpec } from './kernels';
