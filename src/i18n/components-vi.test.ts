import { describe, expect, it } from 'vitest';
import { componentsEn } from './components-en';
import { componentNouns, componentsVi } from './components-vi';

describe('componentNouns', () => {
  it.each([
    ['vi', 'papi', componentsVi, ['chỉ số nội dung', 'chỉ số nội dung thành phần']],
    ['en', 'par', componentsEn, ['fields', 'criteria']],
    ['vi', 'dvc', componentsVi, ['thành phần', 'thành phần con']],
    ['en', 'toString', componentsEn, ['components', 'sub-components']],
  ] as const)('names in %s the components of %s, or any components where the index has none of its own', (_, index, t, expected) => {
    expect(componentNouns(t, index)).toEqual(expected);
  });
});
