import { describe, expect, it } from 'vitest';
import { localized, nameIn, shortIn, textIn } from './names';

// Made-up item, not real data: only the field names matter.
const item = { nameVi: 'Tên', nameEn: 'Name', shortVi: 'Ngắn', shortEn: 'Short', textVi: 'Văn bản', textEn: 'Text', titleVi: 'Tiêu đề', titleEn: 'Title' };

describe('names in the current language', () => {
  it.each([
    ['vi', 'Tên', 'Ngắn', 'Văn bản', 'Tiêu đề'],
    ['en', 'Name', 'Short', 'Text', 'Title'],
  ] as const)('in %s', (lang, name, short, text, title) => {
    expect([nameIn(item, lang), shortIn(item, lang), textIn(item, lang), localized(item, 'title', lang)]).toEqual([name, short, text, title]);
  });
});
