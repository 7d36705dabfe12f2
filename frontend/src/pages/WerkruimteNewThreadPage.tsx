import { NewThreadView } from '../features/werkruimte/components/NewThreadView';

export function WerkruimteNewThreadPage() {
  return <NewThreadView />;
}
