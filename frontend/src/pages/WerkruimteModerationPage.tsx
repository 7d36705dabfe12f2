import { ModerationView } from '../features/werkruimte/moderation/ModerationView';

export function WerkruimteModerationPage() {
  return <ModerationView section="reports" />;
}

export function WerkruimteModerationLogPage() {
  return <ModerationView section="log" />;
}
