// Letter templates are data (an admin may one day edit them): rendering one must not reach
// JavaScript prototypes, run code, or read files, whatever the template says.
import { describe, expect, it } from 'vitest';
import { compile, createEngine } from '../../../src/letters/handlebars.js';

const facts = { name: 'Maria Garcia', items: ['a', 'b'] };

function renderOrError(source: string): string {
  try {
    return compile(source)(facts);
  } catch (err) {
    return `error: ${(err as Error).message}`;
  }
}

describe('template sandbox', () => {
  it.each([
    '{{constructor}}',
    '{{constructor.constructor}}',
    '{{name.constructor.name}}',
    '{{__proto__}}',
    '{{lookup this "constructor"}}',
    '{{lookup (lookup this "constructor") "constructor"}}',
    '{{#with (lookup this "__proto__")}}{{__defineGetter__}}{{/with}}',
    '{{items.constructor.prototype}}',
  ])('%s reaches no prototype', (source) => {
    const out = renderOrError(source);
    expect(out).not.toMatch(/function|\[native code\]|Object|String|Array/);
  });

  it('cannot run code through a constructor chain', () => {
    const out = renderOrError('{{#with "x"}}{{#with (lookup this "constructor")}}{{#with (lookup this "constructor")}}{{this "return process"}}{{/with}}{{/with}}{{/with}}');
    expect(out).not.toContain('process');
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('cannot include a file: partials are only the registered ones', () => {
    const engine = createEngine([['footer', 'ok']]);
    expect(engine.compile('{{> footer}}', { strict: true })({})).toBe('ok');
    for (const name of ['/etc/passwd', '../../package.json', '../partials/footer']) {
      expect(() => engine.compile(`{{> ${JSON.stringify(name)}}}`, { strict: true })({})).toThrow(/could not be found/);
    }
  });
});
