/** What the meldingen feature offers the rest of the app. */
export { FollowButton, type FollowButtonProps } from './components/FollowButton';
export { NotificationBell } from './components/NotificationBell';
export { MailPreview, type MailPreviewProps } from './components/MailPreview';
