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
  /**
   * Kept in the URL and embeds but given no generated control: the widget sets it (a step count) or draws its own
   * control beside the view it changes (PCA's m on the rebuilt digits).
   */
  hidden?: boolean;
  /** When given and false for the current values, the control is shown disabled (e.g. C without a penalty). */
  enabledIf?: (values: Readonly<Record<string, unknown>>) => boolean;
  /**
   * When given and false for the current values, the control is not shown at all: the setting does not
   * apply (e.g. the Minkowski power unless the distance is Minkowski). Its value stays in the link.
   */
  visibleIf?: (values: Readonly<Record<string, unknown>>) => boolean;
}
/** One choice of an enum or flags row. */
export interface Option {
  readonly value: string;
  readonly label: string;
}
/**
 * `options: 'runtime'` marks an enum or flags row whose choices exist only at run time (a CSV's columns):
 * the widget supplies them later, and `resolveRuntime` checks the link's value against them.
 */
export type RuntimeOptionsMarker = 'runtime';
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
  /** For runtime options: the choice used when the link names none or one the data lacks ('' = the first). */
  default: string;
  options: readonly Option[] | RuntimeOptionsMarker;
}
export interface BoolSpec extends BaseSpec {
  type: 'bool';
  default: boolean;
}
/** A set of choices (e.g. which input features are on), stored in the URL as a comma list. */
export interface FlagsSpec extends BaseSpec {
  type: 'flags';
  default: readonly string[];
  options: readonly Option[] | RuntimeOptionsMarker;
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
/** A list of numbers, e.g. an MLP's hidden-layer sizes: `layers=4,4,2` in the URL. */
export interface NumbersSpec extends BaseSpec {
  type: 'numbers';
  /** 'int' takes whole numbers only. */
  element: 'int' | 'number';
  default: readonly number[];
  /** Bounds of every element. */
  min: number;
  max: number;
  /** Bounds of the list's length. */
  minLength: number;
  maxLength: number;
}
/**
 * A list of choices, one per item of something the widget has a list of (an activation per hidden layer):
 * `acts=relu,tanh` in the URL. Repeats are allowed and order matters (unlike flags). Like points, it gets no
 * generated control: the widget draws one beside what it describes (the network diagram).
 */
export interface EnumsSpec extends BaseSpec {
  type: 'enums';
  default: readonly string[];
  options: readonly Option[];
  maxLength: number;
}
/**
 * A file the learner uploads (a CSV). Its contents never go into a link: they can be large and private.
 * The value is a FileRef (name and content hash), which is all the link carries; see files.ts for the rule.
 */
export interface FileSpec extends BaseSpec {
  type: 'file';
  /** No file: the widget's default data. */
  default: null;
  /** The file picker's filter, e.g. '.csv,text/csv'. */
  accept?: string;
  /** Larger files are refused with a message. */
  maxBytes: number;
  /**
   * A table a model trains on: what its target (the last column) must be, so the data lab can say which models suit
   * a prepared table: class labels, two classes (more: the widget picks two), a number (a regressor), or either
   * (`classOrNumber`: a model that classifies labels and predicts numbers, as #/mlp).
   */
  target?: 'class' | 'binary' | 'number' | 'classOrNumber';
}
/** What a link holds for an uploaded file: `name@hash` (8 hex digits of FNV-1a over the bytes). */
export interface FileRef {
  readonly name: string;
  readonly hash: string;
}
export type ParamSpec = NumberSpec | IntSpec | EnumSpec | BoolSpec | FlagsSpec | PointsSpec | NumbersSpec | EnumsSpec | FileSpec;
export type Point3 = [number, number, number];
export type Schema = readonly ParamSpec[];

type ValueOf<P> = P extends { type: 'enum' }
  ? P extends { options: readonly { value: infer V }[] }
    ? V
    : string
  : P extends { type: 'bool' }
    ? boolean
    : P extends { type: 'flags' | 'enums' }
      ? P extends { options: readonly { value: infer V }[] }
        ? V[]
        : string[]
      : P extends { type: 'number' | 'int' }
        ? number
        : P extends { type: 'numbers' }
          ? number[]
          : P extends { type: 'points' }
            ? Point3[]
            : P extends { type: 'file' }
              ? FileRef | null
              : never;

/** The typed values of a schema declared `as const`: `Values<typeof schema>`. */
export type Values<S extends Schema> = { [P in S[number] as P['name']]: ValueOf<P> };
export type ParamValue = number | string | boolean | string[] | number[] | Point3[] | FileRef | null;
export type AnyValues = Record<string, ParamValue>;
