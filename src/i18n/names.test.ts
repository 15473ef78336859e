import { describe, expect, it } from 'vitest';
import { byNameIn, localized, nameIn, shortIn, textIn } from './names';

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

describe('items ordered by name', () => {
  it('orders by the full name in the language, as the language orders text', () => {
    // Made-up items: the Vietnamese names order Đ after D, the English ones by their own letters.
    const items = [
      { nameVi: 'Đông', nameEn: 'A east' },
      { nameVi: 'Dương', nameEn: 'C ocean' },
      { nameVi: 'Ánh', nameEn: 'B light' },
    ];
    expect([...items].sort(byNameIn('vi')).map((i) => i.nameVi)).toEqual(['Ánh', 'Dương', 'Đông']);
    expect([...items].sort(byNameIn('en')).map((i) => i.nameEn)).toEqual(['A east', 'B light', 'C ocean']);
  });
});
