import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appealShape } from '../../api/answer-shapes.js';
import { openApiDocument } from '../../api/openapi.js';
import type { RouteSpec } from '../../api/route-table.js';
import { createAnswerCheck } from '../support/answer-check.js';

// The tests' check of every answer against the document (test/support/answer-check.ts) must catch a wrong body,
// or the suite's green would say nothing about the document.

const specs: RouteSpec[] = [
  {
    method: 'get',
    path: '/v1/things/:id',
    summary: 'a thing',
    tag: 'test',
    roles: ['office'],
    responses: { 200: 'the thing', 404: 'no such thing' },
    answers: { 200: z.object({ id: z.string(), count: z.int(), closedAt: z.string().nullable() }) },
  },
  {
    method: 'get',
    path: '/v1/appeals/:id',
    summary: 'an appeal',
    tag: 'test',
    roles: ['office'],
    responses: { 200: 'the appeal' },
    answers: { 200: appealShape },
  },
];
const check = createAnswerCheck(openApiDocument(specs) as Parameters<typeof createAnswerCheck>[0]);
const json = 'application/json; charset=utf-8';

describe('answers checked against /openapi.json', () => {
  it('passes a body the document describes', () => {
    expect(check('GET', '/v1/things/7', 200, json, { id: '7', count: 2, closedAt: null })).toBeUndefined();
  });

  it('names what is wrong with a body it does not describe', () => {
    expect(check('GET', '/v1/things/7', 200, json, { id: 7, count: 2, closedAt: null })).toMatch(/\/id must be string/);
    expect(check('GET', '/v1/things/7', 200, json, { id: '7', closedAt: null })).toMatch(/must have required property 'count'/);
    expect(check('GET', '/v1/things/7', 200, json, { id: '7', count: 1.5, closedAt: null })).toMatch(/\/count must be integer/);
  });

  it('follows the shared shapes in components.schemas', () => {
    expect(check('GET', '/v1/appeals/a1', 200, json, { id: 'a1' })).toMatch(/must have required property 'receiptNumber'/);
  });

  it('checks problems against Problem and refuses statuses the document does not declare', () => {
    const problem = { type: 'about:blank', title: 'Not found', status: 404, detail: 'no thing 7' };
    expect(check('GET', '/v1/things/7', 404, 'application/problem+json', problem)).toBeUndefined();
    expect(check('GET', '/v1/things/7', 404, 'application/problem+json', { title: 'Not found' })).toMatch(/required property 'type'/);
    expect(check('GET', '/v1/things/7', 409, 'application/problem+json', problem)).toMatch(/does not declare/);
  });

  it('leaves CSV and other media types alone', () => {
    expect(check('GET', '/v1/things/7', 200, 'text/csv', 'a,b\r\n')).toBeUndefined();
  });

  it('refuses to describe a JSON success without its schema', () => {
    expect(() => openApiDocument([{ ...specs[0]!, answers: undefined }])).toThrow(/declares no schema/);
  });
});
