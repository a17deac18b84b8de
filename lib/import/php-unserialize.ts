/**
 * A strict reader of PHP's `serialize()` format, for the few values WordPress exports serialized (Polylang's
 * translation groups, attachment metadata). It never calls anything: objects (`O:`, `C:`, enums `E:`) and references
 * (`r:`, `R:`) are refused rather than interpreted, lengths are counted in bytes as PHP writes them, and input size,
 * nesting and element counts are bounded, so hostile input costs little and yields an error, never a value.
 */

export type PhpValue = null | boolean | number | string | PhpArray;
/** A PHP array keeps its keys and their order: integer keys as numbers, string keys as strings. */
export type PhpArray = { kind: 'array'; entries: [number | string, PhpValue][] };

export class PhpUnserializeError extends Error {}

export const PHP_LIMITS = { maxBytes: 1024 * 1024, maxDepth: 16, maxElements: 100_000 } as const;

const DIGITS = /^-?(?:0|[1-9][0-9]*)$/;
const FLOAT = /^(?:-?(?:[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)|INF|-INF|NAN)$/;

class Reader {
  at = 0;
  elements = 0;
  constructor(readonly bytes: Buffer) {}

  fail(what: string): never {
    throw new PhpUnserializeError(`${what} at byte ${this.at}`);
  }

  /** Reads up to (not including) `stop`, at most `max` bytes, as ASCII. */
  until(stop: string, max = 24): string {
    const end = this.bytes.indexOf(stop, this.at, 'latin1');
    if (end < 0 || end - this.at > max) this.fail(`expected "${stop}"`);
    const text = this.bytes.toString('latin1', this.at, end);
    this.at = end + 1;
    return text;
  }

  expect(char: string): void {
    if (this.bytes.toString('latin1', this.at, this.at + 1) !== char) this.fail(`expected "${char}"`);
    this.at++;
  }

  integer(text: string): number {
    if (!DIGITS.test(text)) this.fail('malformed integer');
    const value = Number(text);
    if (!Number.isSafeInteger(value)) this.fail('integer out of range');
    return value;
  }

  value(depth: number): PhpValue {
    if (depth > PHP_LIMITS.maxDepth) this.fail('nested too deeply');
    if (++this.elements > PHP_LIMITS.maxElements) this.fail('too many elements');
    const type = this.bytes.toString('latin1', this.at, this.at + 2);
    if (type === 'N;') {
      this.at += 2;
      return null;
    }
    this.at += 2;
    switch (type) {
      case 'b:': {
        const flag = this.until(';', 1);
        if (flag !== '0' && flag !== '1') this.fail('malformed boolean');
        return flag === '1';
      }
      case 'i:':
        return this.integer(this.until(';'));
      case 'd:': {
        const text = this.until(';', 64);
        if (!FLOAT.test(text)) this.fail('malformed float');
        return text === 'INF' ? Infinity : text === '-INF' ? -Infinity : text === 'NAN' ? NaN : Number(text);
      }
      case 's:': {
        const length = this.integer(this.until(':'));
        if (length < 0 || this.at + length + 3 > this.bytes.length) this.fail('string length past the end');
        this.expect('"');
        const text = this.bytes.subarray(this.at, this.at + length);
        this.at += length;
        this.expect('"');
        this.expect(';');
        return new TextDecoder('utf-8', { fatal: false }).decode(text);
      }
      case 'a:': {
        const count = this.integer(this.until(':'));
        if (count < 0 || count > PHP_LIMITS.maxElements) this.fail('malformed array size');
        this.expect('{');
        const entries: [number | string, PhpValue][] = [];
        for (let i = 0; i < count; i++) {
          const key = this.value(depth + 1);
          if (typeof key !== 'string' && !(typeof key === 'number' && Number.isInteger(key))) {
            this.fail('array key is neither an integer nor a string');
          }
          entries.push([key, this.value(depth + 1)]);
        }
        this.expect('}');
        return { kind: 'array', entries };
      }
      case 'O:':
      case 'C:':
      case 'E:':
        return this.fail('serialized objects are refused');
      case 'r:':
      case 'R:':
        return this.fail('serialized references are refused');
      default:
        return this.fail('unknown type');
    }
  }
}

/** Parses one serialized value, which must span the whole input (trailing bytes are an error). */
export function phpUnserialize(input: string | Buffer): PhpValue {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  if (bytes.length === 0) throw new PhpUnserializeError('empty input');
  if (bytes.length > PHP_LIMITS.maxBytes) throw new PhpUnserializeError('input too large');
  const reader = new Reader(bytes);
  const value = reader.value(0);
  if (reader.at !== bytes.length) reader.fail('trailing bytes');
  return value;
}

export function isPhpArray(value: PhpValue): value is PhpArray {
  return typeof value === 'object' && value !== null && value.kind === 'array';
}
