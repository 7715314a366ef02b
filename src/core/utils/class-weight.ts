/**
 * Class weights as scikit-learn's compute_class_weight / compute_sample_weight (sklearn/utils/class_weight.py).
 * 'balanced' gives class c the weight n / (K · n_c), so every class carries the same total weight.
 */
import { formatValue } from '../validation';

/** 'balanced', or a weight per class label (classes left out weigh 1). */
export type ClassWeight = 'balanced' | Record<number, number>;

/**
 * scikit-learn's compute_class_weight(class_weight, classes=…, y=…): one weight per entry of `classes`, from the raw
 * labels y. Every label of y must be one of `classes` (as scikit-learn requires).
 */
export function computeClassWeight(classWeight: ClassWeight | null | undefined, classes: readonly number[], y: ArrayLike<number>): number[] {
  const index = new Map(classes.map((c, k) => [c, k]));
  const yEnc = Int32Array.from(y as ArrayLike<number>, (v) => {
    const k = index.get(v);
    if (k === undefined) throw new RangeError(`computeClassWeight: y has the label ${formatValue(v)}, which is not in classes (${classes.join(', ')})`);
    return k;
  });
  return encodedClassWeight(classWeight, classes, yEnc);
}

/** One weight per class of `classes` (sorted labels), from the encoded labels yEnc (indices into classes). */
export function encodedClassWeight(classWeight: ClassWeight | null | undefined, classes: readonly number[], yEnc: ArrayLike<number>): number[] {
  const K = classes.length;
  if (classWeight == null) return new Array<number>(K).fill(1);
  if (classWeight === 'balanced') {
    const counts = new Array<number>(K).fill(0);
    for (let i = 0; i < yEnc.length; i++) counts[yEnc[i]]++;
    const present = counts.filter((c) => c > 0).length;
    // scikit-learn counts only the classes present in y; a class absent from y (a bootstrap draw) gets weight 0 later
    return counts.map((c) => (c > 0 ? yEnc.length / (present * c) : 0));
  }
  if (typeof classWeight !== 'object') throw new RangeError(`classWeight must be 'balanced', an object of weights per class, or null, got ${String(classWeight)}`);
  const weights = new Array<number>(K).fill(1);
  const missing: number[] = [];
  classes.forEach((c, k) => {
    const w = classWeight[c];
    if (w === undefined) missing.push(c);
    else if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) throw new RangeError(`classWeight[${c}] must be a finite number ≥ 0, got ${String(w)}`);
    else weights[k] = w;
  });
  const keys = Object.keys(classWeight);
  if (missing.length > 0 && K - missing.length !== keys.length) {
    throw new RangeError(`classWeight names labels that are not classes of y (${keys.filter((k) => !classes.includes(Number(k))).join(', ')})`);
  }
  return weights;
}

/** Per-sample weights from class weights: weight of each sample's class (compute_sample_weight). */
export function expandClassWeight(classWeight: ClassWeight | null | undefined, classes: readonly number[], yEnc: ArrayLike<number>): Float64Array | null {
  if (classWeight == null) return null;
  const w = encodedClassWeight(classWeight, classes, yEnc);
  return Float64Array.from(yEnc as ArrayLike<number>, (k) => w[k]);
}

/** 'balanced', an object of weights per class label, or null; the weights themselves are checked at fit. */
export function checkClassWeight(cw: unknown, who: string, presets: readonly string[] = ['balanced']): void {
  if (cw === null || presets.includes(cw as string) || (typeof cw === 'object' && !Array.isArray(cw))) return;
  throw new RangeError(`${who}: classWeight must be ${presets.map((v) => `'${v}'`).join(', ')}, an object of weights per class, or null; got ${formatValue(cw)}`);
}
