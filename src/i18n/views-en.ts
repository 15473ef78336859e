import { chartImageEn } from './chart-image-en';
import { componentsEn } from './components-en';
import { dataEn } from './data-en';
import { pickerEn } from './picker-en';
import { plansEn } from './plans-en';
import { presentEn } from './present-en';
import { profileEn } from './profile-en';
import { rankingsEn } from './rankings-en';
import { trendsEn } from './trends-en';
import type { ViewMessages } from './views-vi';

export const enViews = {
  picker: pickerEn,
  trends: trendsEn,
  chartImage: chartImageEn,
  rankings: rankingsEn,
  components: componentsEn,
  plans: plansEn,
  present: presentEn,
  profile: profileEn,
  data: dataEn,
} satisfies ViewMessages;
