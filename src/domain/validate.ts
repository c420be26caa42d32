// A small reader for untrusted JSON that collects every problem with its field path
// (`events[2].at`) instead of stopping at the first, so staff can fix a file in one pass.
export interface FieldError {
  field: string;
  message: string;
}

export type Json = Record<string, unknown>;

export class Reader {
  readonly errors: FieldError[] = [];

  /** `field` '' is the whole input. */
  fail(field: string, message: string): void {
    this.errors.push({ field: field || '(body)', message });
  }

  /** An object with only the allowed keys; every unknown key is reported by name. */
  object(value: unknown, field: string, allowed: readonly string[]): Json | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(field, 'must be a JSON object');
      return null;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(join(field, key), `is not a known field here (allowed: ${allowed.join(', ')})`);
    }
    return value as Json;
  }

  string(value: unknown, field: string, opts: { max?: number; pattern?: RegExp; hint?: string } = {}): string | null {
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(field, `is required and must be text${opts.hint ? ` (${opts.hint})` : ''}`);
      return null;
    }
    const text = value.trim();
    if (opts.max && text.length > opts.max) {
      this.fail(field, `must be at most ${opts.max} characters`);
      return null;
    }
    if (opts.pattern && !opts.pattern.test(text)) {
      this.fail(field, `must be ${opts.hint ?? `text matching ${opts.pattern}`}`);
      return null;
    }
    return text;
  }

  optionalString(value: unknown, field: string, opts: { max?: number; pattern?: RegExp; hint?: string } = {}): string | null {
    return value === undefined || value === null ? null : this.string(value, field, opts);
  }

  oneOf<T extends string>(value: unknown, field: string, options: readonly T[]): T | null {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    this.fail(field, `must be one of: ${options.join(', ')}`);
    return null;
  }

  boolean(value: unknown, field: string, fallback?: boolean): boolean | null {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.fail(field, 'must be true or false');
    return null;
  }

  array(value: unknown, field: string, opts: { min?: number; max?: number } = {}): unknown[] | null {
    if (!Array.isArray(value)) {
      this.fail(field, 'must be a list');
      return null;
    }
    if (opts.min !== undefined && value.length < opts.min) {
      this.fail(field, `must have at least ${opts.min} entr${opts.min === 1 ? 'y' : 'ies'}`);
      return null;
    }
    if (opts.max !== undefined && value.length > opts.max) {
      this.fail(field, `must have at most ${opts.max} entries`);
      return null;
    }
    return value;
  }

  count(value: unknown, field: string): number | null {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
    this.fail(field, 'must be a whole number, 0 or more');
    return null;
  }
}

export function join(parent: string, child: string | number): string {
  if (typeof child === 'number') return `${parent}[${child}]`;
  return parent ? `${parent}.${child}` : child;
}
