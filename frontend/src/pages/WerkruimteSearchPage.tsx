import { SearchView } from '../features/werkruimte/components/SearchView';

export function WerkruimteSearchPage() {
  return <SearchView />;
}
