import { NotificationType as N } from './notifications.enums.js';

/** The fields the wording needs: a notification row as stored. */
export interface Describable {
  type: N;
  actorName: string | null;
  subjectTitle: string;
  contextTitle: string | null;
  details: Record<string, unknown>;
}

const q = (s: string) => `“${s}”`;
const THREAD_WORD: Record<string, string> = { VRAAG: 'vraag', DISCUSSIE: 'discussie', MEDEDELING: 'mededeling' };

const ROLE_WORD: Record<string, string> = {
  COORDINATOR: 'coördinator',
  ADMIN: 'platformbeheerder',
  TRAJECT_LEAD: 'trekker',
  TRAJECT_MEMBER: 'teamlid',
};

const MODERATION: Record<string, (title: string, d: Record<string, unknown>) => string> = {
  HIDDEN: (t, d) => `Een moderator verborg je bericht in ${q(t)}${d.reason ? ` (reden: ${String(d.reason)})` : ''}`,
  DELETED: (t) => `Een moderator verwijderde je bericht in ${q(t)}`,
  EDITED: (t) => `Een moderator bewerkte je onderwerp ${q(t)}`,
  LOCKED: (t) => `Een moderator vergrendelde je onderwerp ${q(t)}`,
  CLOSED: (t) => `Een moderator sloot je onderwerp ${q(t)}`,
  MOVED: (t) => `Een moderator verplaatste je onderwerp ${q(t)}`,
};

function role(n: Describable): string {
  const d = n.details;
  const word = ROLE_WORD[String(d.role ?? d.previousRole ?? '')] ?? 'lid';
  switch (String(d.role ?? d.previousRole)) {
    case 'COORDINATOR':
      return d.granted ? `Je bent nu coördinator van ${n.subjectTitle}` : `Je bent niet langer coördinator van ${n.subjectTitle}`;
    case 'ADMIN':
      return d.granted ? 'Je bent nu platformbeheerder van Ketenwerk' : 'Je bent niet langer platformbeheerder van Ketenwerk';
    default:
      return d.granted
        ? `Je bent nu ${word} van het traject ${n.subjectTitle}`
        : `Je maakt niet langer deel uit van het team van het traject ${n.subjectTitle}`;
  }
}

/** One Dutch sentence saying what happened, the same in the app and in every mail. */
export function summarize(n: Describable): string {
  const who = n.actorName ?? 'Iemand';
  const d = n.details;
  switch (n.type) {
    case N.REPLY_TO_THREAD:
      return `${who} reageerde op je ${THREAD_WORD[String(d.threadKind)] ?? 'onderwerp'} ${q(n.subjectTitle)}`;
    case N.REPLY_TO_COMMENT:
      return `${who} antwoordde op je bericht in ${q(n.subjectTitle)}`;
    case N.MENTION:
      return `${who} vermeldde je in ${q(n.subjectTitle)}`;
    case N.ANSWER_ACCEPTED:
      return d.as === 'asker'
        ? `${who} duidde een antwoord aan op je vraag ${q(n.subjectTitle)}`
        : `Je antwoord op ${q(n.subjectTitle)} werd aanvaard`;
    case N.NEW_THREAD:
      return `${who} startte ${q(n.subjectTitle)} in ${n.contextTitle ?? 'de werkruimte'}`;
    case N.NEW_COMMENT:
      return `${who} reageerde in ${q(n.subjectTitle)}`;
    case N.PROGRESS_UPDATE:
      return `Nieuw voortgangsbericht in ${n.contextTitle ?? 'een traject'}: ${q(n.subjectTitle)}`;
    case N.MILESTONE_REACHED:
      return `Mijlpaal behaald in ${n.contextTitle ?? 'een traject'}: ${q(n.subjectTitle)}`;
    case N.PARTICIPATION_REQUESTED:
      return `${who} vraagt ${d.bestuurName ? `voor ${String(d.bestuurName)} ` : ''}om deel te nemen aan ${n.subjectTitle}`;
    case N.PARTICIPATION_DECIDED:
      return d.accepted
        ? `Je aanvraag om deel te nemen aan ${n.subjectTitle} werd aanvaard`
        : `Je aanvraag om deel te nemen aan ${n.subjectTitle} werd niet aanvaard`;
    case N.ROLE_CHANGED:
      return role(n);
    case N.MODERATION:
      return (MODERATION[String(d.action)] ?? ((t: string) => `Een moderator wijzigde je bijdrage in ${q(t)}`))(n.subjectTitle, d);
    case N.SOLUTION_CHANGED:
      return `De oplossing ${q(n.subjectTitle)} werd bijgewerkt`;
    case N.NEW_FITTING_SOLUTION:
      return `Nieuwe oplossing die past bij je bestuur: ${q(n.subjectTitle)}`;
    default:
      return n.subjectTitle;
  }
}

/** What the link in a mail says. */
export function linkLabel(type: N): string {
  switch (type) {
    case N.PROGRESS_UPDATE:
      return 'Lees het voortgangsbericht';
    case N.MILESTONE_REACHED:
    case N.PARTICIPATION_REQUESTED:
    case N.PARTICIPATION_DECIDED:
      return 'Bekijk het traject';
    case N.ROLE_CHANGED:
      return 'Open Ketenwerk';
    case N.SOLUTION_CHANGED:
    case N.NEW_FITTING_SOLUTION:
      return 'Bekijk de oplossing';
    case N.NEW_THREAD:
      return 'Bekijk het onderwerp';
    default:
      return 'Bekijk het bericht';
  }
}
