import { describe, expect, it } from 'vitest';
import { ConversionError } from './errors';
import { checkSourceTable, GENERAL_KNOWLEDGE_MARK, sourceRegistry } from './sources';
import { parseTable } from './tables';

const TABLE = parseTable(
  'sources',
  `id,title,publisher,date,url,note,url_in_reference
art-a,Article A,Paper,2024-05-01,https://a.example/1,,yes
art-b,Article B,Paper,,https://b.example/2,,yes
general-knowledge,General knowledge,,,,,no
`,
);
const registry = sourceRegistry(TABLE);

describe('source id resolution', () => {
  it.each([
    ['https://a.example/1', ['art-a']],
    ['https://a.example/1 ; https://b.example/2', ['art-a', 'art-b']],
    [' https://b.example/2 ; https://b.example/2 ', ['art-b']],
    [`${GENERAL_KNOWLEDGE_MARK} ; https://a.example/1`, ['general-knowledge', 'art-a']],
  ])('maps %j to %j', (cell, ids) => {
    expect(registry.idsOf(cell, 'par-index.csv:2')).toEqual(ids);
  });

  it('stops on a URL that is not in tables/sources.csv, naming where', () => {
    expect(() => registry.idsOf('https://a.example/1 ; https://unknown.example/', 'sipas.csv:7')).toThrow(new ConversionError('sipas.csv:7: URL not in tables/sources.csv: https://unknown.example/'));
  });

  it('stops on a row without a source', () => {
    expect(() => registry.idsOf(' ', 'sipas.csv:8')).toThrow('sipas.csv:8: no source');
  });

  it('refuses a source table with a duplicate id', () => {
    expect(() => sourceRegistry([...TABLE, TABLE[0]!])).toThrow('duplicate id');
  });

  it.each([
    ['a URL marked as cited that no converted file cites', { url: 'https://never.example/' }, /not found in the converted reference files/],
    ['an id that is not kebab-case', { id: 'Art_C' }, /not kebab-case/],
    ['a date that is not ISO', { date: '01/05/2024' }, /bad date/],
  ])('refuses %s', (_what, change, message) => {
    const row = { ...TABLE[0]!, ...change };
    expect(() => checkSourceTable([row], new Set(['https://a.example/1']))).toThrow(message);
  });

  it('accepts the table when every cited URL is found', () => {
    expect(() => checkSourceTable(TABLE, new Set(['https://a.example/1', 'https://b.example/2']))).not.toThrow();
  });
});
