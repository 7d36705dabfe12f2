import { Catalogus } from '../features/catalogus/components/Catalogus';

export function CatalogusPage() {
  return <Catalogus />;
}
