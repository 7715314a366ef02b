// The input features of the 2-D playground widgets (TensorFlow Playground's seven), as a `flags` row's options.
// Plain data beside the schemas: the names are core/preprocess/features.ts's FEATURE_NAMES and URL values.
export const FEATURE_OPTIONS = [
  { value: 'x1', label: 'x₁' },
  { value: 'x2', label: 'x₂' },
  { value: 'x1^2', label: 'x₁²' },
  { value: 'x2^2', label: 'x₂²' },
  { value: 'x1*x2', label: 'x₁x₂' },
  { value: 'sin(x1)', label: 'sin x₁' },
  { value: 'sin(x2)', label: 'sin x₂' },
] as const;
