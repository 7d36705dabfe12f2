import type { UserEntity } from '../modules/accounts/user.entity.js';
import { ForbiddenError, UnauthenticatedError } from './errors.js';

/** Who is asking: the signed-in user and their session, or null for an anonymous visitor. */
export interface Viewer {
  user: UserEntity;
  sessionId: string;
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function requireAdmin(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!v.user.isAdmin) throw new ForbiddenError('Alleen beheerders kunnen dit doen.');
  return v;
}
