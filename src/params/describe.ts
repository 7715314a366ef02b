import { MAX_RUNTIME_VALUE } from './text';
import type { Option, ParamSpec } from './types';

/**
 * What a valid value looks like, in words, for the notice shown when a link's value is not one.
 * `options` are the choices a runtime-options row has now (without them only the syntax can be described).
 */
export function describeRange(spec: ParamSpec, options?: readonly Option[]): string {
  switch (spec.type) {
    case 'number':
    case 'int':
      return `${spec.type === 'int' ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
    case 'enum': {
      const opts = spec.options === 'runtime' ? options : spec.options;
      return opts ? `one of ${list(opts)}` : `a name of at most ${MAX_RUNTIME_VALUE} characters`;
    }
    case 'bool':
      return '0 or 1';
    case 'flags': {
      const opts = spec.options === 'runtime' ? options : spec.options;
      return opts ? `a comma list of ${list(opts)}` : `a comma list of names (no commas inside a name)`;
    }
    case 'numbers': {
      const count = spec.minLength === spec.maxLength ? `${spec.minLength}` : `${spec.minLength} to ${spec.maxLength}`;
      const what = spec.element === 'int' ? 'whole numbers' : 'numbers';
      return `a comma list of ${count} ${what} from ${spec.min} to ${spec.max}`;
    }
    case 'enums':
      return `a comma list of at most ${spec.maxLength} of ${list(spec.options)}`;
    case 'points':
      return `a list of at most ${spec.maxPoints} “x,y,class” points separated by “;”`;
    case 'file':
      return 'a file reference “name@hash” (8 hex digits)';
  }
}

function list(options: readonly Option[]): string {
  return options.length ? options.map((o) => o.value).join(', ') : '(no choices in this data)';
}

/** A value as a notice quotes it (“using …”): its URL text, or words for an empty one. */
export function describeValue(spec: ParamSpec, formatted: string): string {
  if (formatted !== '') return formatted;
  return spec.type === 'file' ? 'the default data' : 'none';
}
