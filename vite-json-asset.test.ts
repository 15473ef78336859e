import { describe, expect, it } from 'vitest';
import { dataJson } from './vite-json-asset.ts';

describe('dataJson', () => {
  it('writes only ASCII, and reads back as the value it was made of', () => {
    const value = { title: 'Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)', quote: 'a "b" \\ c', emoji: 'Cần Thơ 🙂', score: 45.1234 };
    const json = dataJson(value);
    expect(json).toMatch(/^[\x20-\x7e]*$/);
    expect(json).toContain('C\\u1ea7n Th\\u01a1');
    expect(JSON.parse(json)).toEqual(value);
  });
});
