import { WerkruimteView } from '../features/werkruimte/components/WerkruimteView';

export function WerkruimtePage() {
  return <WerkruimteView />;
}
