import { chartImageVi } from './chart-image-vi';
import { componentsVi } from './components-vi';
import { dataVi } from './data-vi';
import { pickerVi } from './picker-vi';
import { plansVi } from './plans-vi';
import { presentVi } from './present-vi';
import { profileVi } from './profile-vi';
import { rankingsVi } from './rankings-vi';
import { trendsVi } from './trends-vi';

/** The messages of the views other than the first screen, loaded with those views (messages.ts). */
export const viViews = {
  picker: pickerVi,
  trends: trendsVi,
  chartImage: chartImageVi,
  rankings: rankingsVi,
  components: componentsVi,
  plans: plansVi,
  present: presentVi,
  profile: profileVi,
  data: dataVi,
};

export type ViewMessages = typeof viViews;
