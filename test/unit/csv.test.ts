import { describe, expect, it } from 'vitest';
import { toCsv } from '../../api/csv.js';

describe('CSV', () => {
  const columns = [
    { name: 'key', zh: '代码', value: (r: { key: string | null; n: number | null }) => r.key },
    { name: 'n', zh: '数量', value: (r: { key: string | null; n: number | null }) => r.n },
  ];

  it('quotes what needs quoting, leaves empty cells for null, ends lines with CRLF', () => {
    const rows = [
      { key: 'a,b', n: 1 },
      { key: 'say "hi"', n: null },
      { key: 'two\nlines', n: 84.4 },
      { key: null, n: 0 },
    ];
    expect(toCsv(columns, rows)).toBe('key,n\r\n"a,b",1\r\n"say ""hi""",\r\n"two\nlines",84.4\r\n,0\r\n');
  });

  it('has Chinese headers with lang=zh', () => {
    expect(toCsv(columns, [], 'zh')).toBe('代码,数量\r\n');
  });

  it('does not let a typed text become a spreadsheet formula', () => {
    expect(toCsv(columns, [{ key: '=SUM(A1)', n: -1 }])).toBe("key,n\r\n'=SUM(A1),-1\r\n");
  });
});
