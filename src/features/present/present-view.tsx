import { CatalogGate } from '@/components/catalog-gate';
import { useViewValue } from '@/state/use-view';
import { Presentation } from './presentation';
import { PresenterScreen } from './presenter-screen';
import './present.css';
export { loadSlideCharts } from './slide-charts';

export function PresentView() {
  const presenter = useViewValue('presenter');
  return <CatalogGate>{(catalog) => (presenter ? <PresenterScreen catalog={catalog} /> : <Presentation catalog={catalog} />)}</CatalogGate>;
}
