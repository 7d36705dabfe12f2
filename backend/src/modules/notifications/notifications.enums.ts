import { registerEnumType } from '@nestjs/graphql';

export enum NotificationType {
  REPLY_TO_THREAD = 'REPLY_TO_THREAD',
  REPLY_TO_COMMENT = 'REPLY_TO_COMMENT',
  MENTION = 'MENTION',
  ANSWER_ACCEPTED = 'ANSWER_ACCEPTED',
  NEW_THREAD = 'NEW_THREAD',
  NEW_COMMENT = 'NEW_COMMENT',
  PROGRESS_UPDATE = 'PROGRESS_UPDATE',
  MILESTONE_REACHED = 'MILESTONE_REACHED',
  PARTICIPATION_REQUESTED = 'PARTICIPATION_REQUESTED',
  PARTICIPATION_DECIDED = 'PARTICIPATION_DECIDED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  MODERATION = 'MODERATION',
  SOLUTION_CHANGED = 'SOLUTION_CHANGED',
  NEW_FITTING_SOLUTION = 'NEW_FITTING_SOLUTION',
}
registerEnumType(NotificationType, {
  name: 'NotificationType',
  description: 'What a notification is about; e-mail delivery is chosen per type',
});

export enum NotificationDelivery {
  DIRECT = 'DIRECT',
  DAGELIJKS = 'DAGELIJKS',
  WEKELIJKS = 'WEKELIJKS',
  NOOIT = 'NOOIT',
}
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description: 'E-mail for a type: DIRECT (one mail each), DAGELIJKS/WEKELIJKS (in the daily/weekly digest), NOOIT (in the app only)',
});

export enum FollowTargetType {
  THREAD = 'THREAD',
  SPACE = 'SPACE',
  TRAJECT = 'TRAJECT',
  SOLUTION = 'SOLUTION',
}
registerEnumType(FollowTargetType, { name: 'FollowTargetType', description: 'What can be followed' });

export enum FollowLevel {
  ALLES = 'ALLES',
  NIEUWE_ONDERWERPEN = 'NIEUWE_ONDERWERPEN',
  NORMAAL = 'NORMAAL',
  GEDEMPT = 'GEDEMPT',
}
registerEnumType(FollowLevel, {
  name: 'FollowLevel',
  description: 'ALLES: every new post (and every update and milestone of a traject); NIEUWE_ONDERWERPEN: new threads of a '
    + 'space, new progress updates of a traject; NORMAAL: only what concerns me (replies to me, mentions); GEDEMPT: nothing',
});

export enum FollowVia {
  EXPLICIT = 'EXPLICIT',
  AUTOMATIC = 'AUTOMATIC',
  TRAJECT_SUBSCRIPTION = 'TRAJECT_SUBSCRIPTION',
  SPACE = 'SPACE',
  NONE = 'NONE',
}
registerEnumType(FollowVia, {
  name: 'FollowVia',
  description: 'Why a level applies: chosen (EXPLICIT), set by the platform (AUTOMATIC), the traject subscription, '
    + 'the followed space of a thread, or not followed (NONE)',
});

export enum NotificationContextKind {
  TRAJECT = 'TRAJECT',
  SPACE = 'SPACE',
  SOLUTION = 'SOLUTION',
  ACCOUNT = 'ACCOUNT',
}
registerEnumType(NotificationContextKind, {
  name: 'NotificationContextKind',
  description: 'What a notification belongs to; digests group by it (ACCOUNT: your own roles)',
});

/** Direct for what is addressed to you personally, the daily digest for the rest. */
export const DEFAULT_DELIVERY: Record<NotificationType, NotificationDelivery> = {
  REPLY_TO_THREAD: NotificationDelivery.DIRECT,
  REPLY_TO_COMMENT: NotificationDelivery.DIRECT,
  MENTION: NotificationDelivery.DIRECT,
  ANSWER_ACCEPTED: NotificationDelivery.DAGELIJKS,
  NEW_THREAD: NotificationDelivery.DAGELIJKS,
  NEW_COMMENT: NotificationDelivery.DAGELIJKS,
  PROGRESS_UPDATE: NotificationDelivery.DAGELIJKS,
  MILESTONE_REACHED: NotificationDelivery.DAGELIJKS,
  PARTICIPATION_REQUESTED: NotificationDelivery.DAGELIJKS,
  PARTICIPATION_DECIDED: NotificationDelivery.DAGELIJKS,
  ROLE_CHANGED: NotificationDelivery.DAGELIJKS,
  MODERATION: NotificationDelivery.DAGELIJKS,
  SOLUTION_CHANGED: NotificationDelivery.DAGELIJKS,
  NEW_FITTING_SOLUTION: NotificationDelivery.DAGELIJKS,
};

/** How the preferences page and the mails name each type. */
export const TYPE_LABEL: Record<NotificationType, string> = {
  REPLY_TO_THREAD: 'Reactie op je onderwerp',
  REPLY_TO_COMMENT: 'Antwoord op je bericht',
  MENTION: 'Vermelding',
  ANSWER_ACCEPTED: 'Aanvaard antwoord',
  NEW_THREAD: 'Nieuw onderwerp in een gevolgde werkruimte',
  NEW_COMMENT: 'Nieuw bericht in een gevolgd onderwerp',
  PROGRESS_UPDATE: 'Nieuw voortgangsbericht',
  MILESTONE_REACHED: 'Mijlpaal behaald',
  PARTICIPATION_REQUESTED: 'Aanvraag om deel te nemen',
  PARTICIPATION_DECIDED: 'Beslissing over je deelname',
  ROLE_CHANGED: 'Rol gekregen of ingetrokken',
  MODERATION: 'Moderatie van je bijdrage',
  SOLUTION_CHANGED: 'Wijziging aan een oplossing',
  NEW_FITTING_SOLUTION: 'Nieuwe oplossing die past bij je bestuur',
};

/** SQL CASE giving the default delivery of the type in `expr`. */
export function defaultDeliverySql(expr: string): string {
  const whens = Object.entries(DEFAULT_DELIVERY).map(([t, d]) => `WHEN '${t}' THEN '${d}'`);
  return `(CASE ${expr} ${whens.join(' ')} END)`;
}
