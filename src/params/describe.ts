import type { ParamSpec } from './types';

/** What a valid value looks like, in words, for the notice shown when a link's value is not one. */
export function describeRange(spec: ParamSpec): string {
  switch (spec.type) {
    case 'number':
    case 'int':
      return `${spec.type === 'int' ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
    case 'enum':
      return `one of ${spec.options.map((o) => o.value).join(', ')}`;
    case 'bool':
      return '0 or 1';
    case 'flags':
      return `a comma list of ${spec.options.map((o) => o.value).join(', ')}`;
    case 'points':
      return `a list of at most ${spec.maxPoints} “x,y,class” points separated by “;”`;
  }
}

/** Shortens user-supplied text before it is quoted back in a notice. */
export function quote(s: string): string {
  const t = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return `“${t}”`;
}
