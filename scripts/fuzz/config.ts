import type { Seeded } from './seed.js';

// Schemathesis's configuration for one run: path parameters mostly take the seeded ids (so steps reach the
// workflows and their 409s), and now and then a generated value (so 404s stay covered).

const SEEDED_SHARE = 0.8;

const toml = (value: unknown) => JSON.stringify(value); // a JSON string or array of strings is TOML too

export function schemathesisConfig(seeded: Seeded): string {
  const dictionaries: Record<string, string[]> = {
    appeals: seeded.appealIds,
    meetings: [seeded.meetingId],
    series: seeded.seriesId ? [seeded.seriesId] : [],
    tokens: [seeded.spareTokenId],
    notifications: seeded.notificationIds,
    departments: [seeded.department],
    creditCodes: [seeded.creditCode],
    years: ['2026', '2027'],
    // months for the monthly snapshots, a quarter and a year for the stored assessments (issue 20)
    periods: ['2026-10', '2026-11', '2026-Q3', '2026'],
  };
  const defined = Object.entries(dictionaries).filter(([, values]) => values.length > 0);
  const bind = (name: string) => (dictionaries[name]!.length > 0 ? `{ dictionary = ${toml(name)}, probability = ${SEEDED_SHARE} }` : undefined);
  const ids: [string, string][] = [
    ['^/v1/appeals/\\{id\\}', 'appeals'],
    ['^/v1/meetings/\\{id\\}', 'meetings'],
    ['^/v1/meeting-series/\\{id\\}', 'series'],
    ['^/v1/tokens/\\{id\\}', 'tokens'],
    ['^/v1/notifications/\\{id\\}', 'notifications'],
  ];
  const lines = [
    // A crash cache would sit in the working directory; the reports and the curl lines printed say enough.
    '[cache]',
    'enabled = false',
    '',
    // What the document cannot say is checked by the API, and refused with the documented 400: a credit code's
    // check character, a category or department that must exist, the policy's time limits, an opaque cursor,
    // U+0000. So data valid by the document alone may get a 400; a 5xx or an undocumented answer still fails. An
    // upload's type and size are its bytes' (PDF, JPEG…; 20 MiB), which no schema of a binary part can say: 413, 415.
    '[checks.positive_data_acceptance]',
    `expected-statuses = ${toml(['2xx', '400', '401', '403', '404', '409', '413', '415', '429'])}`,
    '',
    // Invalid data over 64 KiB is refused unread, with the documented 413 (CONTRACT.md §3: 413 before 400).
    '[checks.negative_data_rejection]',
    `expected-statuses = ${toml(['400', '401', '403', '404', '409', '413', '429'])}`,
    '',
    ...defined.flatMap(([name, values]) => [`[dictionaries.${name}]`, `values = ${toml(values)}`, '']),
    '[parameters]',
    ...(
      [
        ['path.code', 'departments'],
        ['path.creditCode', 'creditCodes'],
        ['path.year', 'years'],
        ['path.period', 'periods'],
      ] as const
    ).map(([key, name]) => `${toml(key)} = ${bind(name)}`),
    '',
    ...ids
      .filter(([, name]) => bind(name))
      .flatMap(([path, name]) => ['[[operations]]', `include-path-regex = ${toml(path)}`, `parameters = { "path.id" = ${bind(name)} }`, '']),
  ];
  return lines.join('\n');
}
