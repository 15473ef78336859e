import { useQuery } from '@tanstack/react-query';
import { catalogQuery } from './data-queries';

export function useCatalog() {
  return useQuery(catalogQuery);
}
