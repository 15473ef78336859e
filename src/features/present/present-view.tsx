import { CatalogGate } from '@/components/catalog-gate';
import { Presentation } from './presentation';
import './present.css';

export function PresentView() {
  return <CatalogGate>{(catalog) => <Presentation catalog={catalog} />}</CatalogGate>;
}
