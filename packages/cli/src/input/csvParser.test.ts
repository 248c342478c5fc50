import { describe, expect, it } from 'vitest';
import { type CsvDelimiter, CsvParser, type CsvSyntaxError, detectDelimiter } from './csvParser';

function parse(chunks: string[], delimiter?: CsvDelimiter) {
  const records: [number, string[]][] = [];
  const errors: CsvSyntaxError[] = [];
  const p = new CsvParser({ ...(delimiter ? { delimiter } : {}), onRecord: (cells, line) => records.push([line, cells]), onError: (e) => errors.push(e) });
  for (const c of chunks) p.push(c);
  p.end();
  return { records, errors, delimiter: p.delimiter };
}

describe('detectDelimiter', () => {
  it('takes the most frequent candidate outside quotes; `;` on a tie or with none', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a|b|c')).toBe('|');
    expect(detectDelimiter('"x;y;z",b,c')).toBe(',');
    expect(detectDelimiter('a;b,c')).toBe(';');
    expect(detectDelimiter('seule_colonne')).toBe(';');
  });
});

describe('CsvParser', () => {
  it('reads \\n, \\r\\n and \\r line ends, skips blank lines and lines of delimiters, numbers the lines', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const r = parse([`a;b${eol}1;2${eol}${eol};;${eol}3;4`]);
      expect(r.records).toEqual([
        [1, ['a', 'b']],
        [2, ['1', '2']],
        [5, ['3', '4']],
      ]);
    }
  });
  it('gives the same records whatever the chunks', () => {
    const text = 'a;b;c\r\n"x;""y""";2;"multi\r\nligne"\r\n4;5;6\r\n';
    const whole = parse([text]).records;
    expect(whole).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['x;"y"', '2', 'multi\nligne']],
      [4, ['4', '5', '6']],
    ]);
    for (let cut = 1; cut < text.length; cut++) expect(parse([text.slice(0, cut), text.slice(cut)]).records).toEqual(whole);
  });
  it('reports an unclosed quote at its line and reads the next line', () => {
    const r = parse(['a;b\n1;"2\n3;4\n']);
    expect(r.errors).toEqual([{ code: 'csv_unclosed_quote', line: 2, cell: 2 }]);
    expect(r.records).toEqual([
      [1, ['a', 'b']],
      [3, ['3', '4']],
    ]);
  });
  it('takes a given delimiter over the header', () => {
    expect(parse(['a;b|c\n1;2|3\n'], '|').records).toEqual([
      [1, ['a;b', 'c']],
      [2, ['1;2', '3']],
    ]);
  });
});
