/**
 * The parameter-schema language: one declarative table of parameters per widget. It drives the
 * generated controls, the URL-hash state, the embed attributes and their validation, so the three can
 * never disagree (TensorFlow Playground's state.ts idea, typed). No DOM and no widget code here.
 */

interface BaseSpec {
  name: string;
  label: string;
  help: string;
  /**
   * What a change of this value invalidates, so the run contract knows what to rebuild:
   * 'data' regenerates the data and the model, 'model' refits the model on the same data,
   * 'view' only redraws (a threshold, a speed, a display option, the step count the run writes itself).
   */
  affects: 'data' | 'model' | 'view';
  /** Optional heading the controls are grouped under (e.g. "Data", "Model", "Training"). */
  group?: string;
  /** Kept in the URL and embeds but given no generated control (the widget sets it, e.g. a step count). */
  hidden?: boolean;
  /** When given and false for the current values, the control is shown disabled (e.g. C without a penalty). */
  enabledIf?: (values: Readonly<Record<string, unknown>>) => boolean;
}
export interface NumberSpec extends BaseSpec {
  type: 'number';
  default: number;
  min: number;
  max: number;
  step?: number;
  /** 'log' gives a slider that moves in decades (learning rates, C). */
  scale?: 'linear' | 'log';
}
export interface IntSpec extends BaseSpec {
  type: 'int';
  default: number;
  min: number;
  max: number;
  step?: number;
}
export interface EnumSpec extends BaseSpec {
  type: 'enum';
  default: string;
  options: readonly { readonly value: string; readonly label: string }[];
}
export interface BoolSpec extends BaseSpec {
  type: 'bool';
  default: boolean;
}
/** A set of choices (e.g. which input features are on), stored in the URL as a comma list. */
export interface FlagsSpec extends BaseSpec {
  type: 'flags';
  default: readonly string[];
  options: readonly { readonly value: string; readonly label: string }[];
  /** At least this many must stay on (e.g. 1 input feature). */
  minSelected?: number;
}
/**
 * Points a learner placed by clicking, as [x, y, class] triples: `x,y,c;x,y,c` in the URL.
 * Never gets a generated control (the widget's plot is the control).
 */
export interface PointsSpec extends BaseSpec {
  type: 'points';
  default: readonly (readonly [number, number, number])[];
  /** At most this many points are kept (links stay short). */
  maxPoints: number;
  /** Class labels allowed: 0 … nClasses-1. */
  nClasses: number;
}
export type ParamSpec = NumberSpec | IntSpec | EnumSpec | BoolSpec | FlagsSpec | PointsSpec;
export type Point3 = [number, number, number];
export type Schema = readonly ParamSpec[];

type ValueOf<P> = P extends { type: 'enum'; options: readonly { value: infer V }[] }
  ? V
  : P extends { type: 'bool' }
    ? boolean
    : P extends { type: 'flags'; options: readonly { value: infer V }[] }
      ? V[]
      : P extends { type: 'number' | 'int' }
        ? number
        : P extends { type: 'points' }
          ? Point3[]
          : never;

/** The typed values of a schema declared `as const`: `Values<typeof schema>`. */
export type Values<S extends Schema> = { [P in S[number] as P['name']]: ValueOf<P> };
export type ParamValue = number | string | boolean | string[] | Point3[];
export type AnyValues = Record<string, ParamValue>;
