import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataValidationError, parseCsv, parseCsvRecords, toCsv } from '../../../src/lib/data/csv.ts';
import { count, requiredText } from '../../../src/lib/data/schemas/fields.ts';

const schema = z.object({ name: requiredText(50), n: count });

describe('parseCsv', () => {
  it('reports the line where a record starts, counting newlines inside quoted cells', () => {
    const text = 'name,n\n"two\nlines",1\nok,x\n';
    expect(() => parseCsv(text, 'f.csv', schema, ['name', 'n'])).toThrow(
      'f.csv:4: column "n", value "x": must be a number',
    );
  });

  it('keeps cells with commas, quotes and semicolons intact (no delimiter guessing)', () => {
    const rows = parseCsv('name,n\n"a, ""b""; c | d",3\n', 'f.csv', schema, ['name', 'n']);
    expect(rows).toEqual([{ line: 2, value: { name: 'a, "b"; c | d', n: 3 } }]);
  });

  it('rejects a row with the wrong number of fields', () => {
    expect(() => parseCsv('name,n\na,1,extra\n', 'f.csv', schema, ['name', 'n'])).toThrow(
      'f.csv:2: column "(row)", value "a,1,extra": has 3 fields but the header has 2',
    );
  });

  it('collects every problem before failing', () => {
    try {
      parseCsv('name,n\n,1\nb,-1\n', 'f.csv', schema, ['name', 'n']);
      expect.unreachable();
    } catch (error) {
      expect((error as DataValidationError).issues.map((i) => [i.line, i.column])).toEqual([
        [2, 'name'],
        [3, 'n'],
      ]);
    }
  });

  it('strips a byte-order mark and ignores blank lines', () => {
    expect(parseCsvRecords('\uFEFFa,b\n1,2\n\n', 'f.csv').header).toEqual(['a', 'b']);
    expect(parseCsvRecords('\uFEFFa,b\n1,2\n\n', 'f.csv').records).toHaveLength(1);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and joins lists with semicolons', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: 'x,y', b: ['p', 'q'], c: null }])).toBe('a,b,c\n"x,y",p;q,\n');
  });

  it('round-trips through parseCsv', () => {
    const text = toCsv(['name', 'n'], [{ name: 'He said "hi", then\nleft', n: 4 }]);
    expect(parseCsv(text, 'f.csv', schema, ['name', 'n'])[0]!.value).toEqual({
      name: 'He said "hi", then\nleft',
      n: 4,
    });
  });
});
