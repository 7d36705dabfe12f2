import type { MailMessage } from '../mail/mail.service.js';
import { linkLabel, summarize, type Describable } from './notification-text.js';
import { NotificationContextKind, NotificationDelivery, TYPE_LABEL, type NotificationType } from './notifications.enums.js';
import { signUnsubscribe, type UnsubscribeScope } from './unsubscribe-token.js';

/** The notification mails: one per notification (DIRECT) and the daily and weekly digests. Dutch, HTML and text. */

export interface MailItem extends Describable {
  id: string;
  type: NotificationType;
  link: string;
  excerpt: string | null;
  contextKind: NotificationContextKind;
  contextId: string | null;
  createdAt: Date;
}

export interface Recipient {
  id: string;
  email: string;
  displayName: string;
}

export interface MailSettings {
  origin: string;
  secret: string;
}

export const PREFERENCES_PATH = '/account/meldingen';
const PLATFORM = 'Ketenwerk';
const TZ = 'Europe/Brussels';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const time = new Intl.DateTimeFormat('nl-BE', { timeZone: TZ, hour: '2-digit', minute: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat('nl-BE', { timeZone: TZ, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function footer(s: MailSettings, r: Recipient, scope: UnsubscribeScope, why: string) {
  const unsubscribe = `${s.origin}/uitschrijven?token=${signUnsubscribe(s.secret, r.id, scope)}`;
  const preferences = `${s.origin}${PREFERENCES_PATH}`;
  const what = scope === NotificationDelivery.DAGELIJKS ? 'deze dagelijkse samenvatting'
    : scope === NotificationDelivery.WEKELIJKS ? 'deze wekelijkse samenvatting' : `meldingen van het type “${TYPE_LABEL[scope as NotificationType]}”`;
  const text = ['—', why, `Meldingen instellen: ${preferences}`, `Geen e-mail meer voor ${what}: ${unsubscribe}`, `— ${PLATFORM}`];
  const html = `<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0 12px">
<p style="color:#52606d;font-size:13px">${escape(why)}<br>
<a href="${escape(preferences)}">Meldingen instellen</a> · <a href="${escape(unsubscribe)}">Geen e-mail meer voor ${escape(what)}</a></p>
<p style="color:#52606d;font-size:13px">— ${PLATFORM}</p>`;
  const headers = { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  return { text, html, headers };
}

const page = (body: string) => `<!doctype html><html lang="nl-BE"><body style="font-family:sans-serif;color:#1f2933;max-width:640px">
${body}
</body></html>`;

/** One notification, sent as it happens. */
export function directMail(s: MailSettings, r: Recipient, n: MailItem): MailMessage {
  const summary = summarize(n);
  const url = `${s.origin}${n.link}`;
  const f = footer(s, r, n.type, `Je krijgt deze e-mail omdat je “${TYPE_LABEL[n.type]}” meteen per e-mail ontvangt.`);
  const text = [
    `Dag ${r.displayName},`, '', `${summary}.`,
    ...(n.excerpt ? ['', `> ${n.excerpt}`] : []),
    '', `${linkLabel(n.type)}: ${url}`, '', ...f.text,
  ].join('\n');
  const html = page(`<p>Dag ${escape(r.displayName)},</p>
<p>${escape(summary)}.</p>
${n.excerpt ? `<blockquote style="margin:0 0 0 8px;padding-left:12px;border-left:3px solid #bcccdc;color:#334e68">${escape(n.excerpt)}</blockquote>` : ''}
<p><a href="${escape(url)}">${escape(linkLabel(n.type))}</a></p>
${f.html}`);
  return { to: r.email, subject: `${summary} – ${PLATFORM}`, text, html, headers: f.headers };
}

const GROUP_HEADING: Record<NotificationContextKind, string> = {
  TRAJECT: 'Traject',
  SPACE: 'Werkruimte',
  SOLUTION: 'Oplossing',
  ACCOUNT: 'Je account',
};

export interface DigestGroup {
  heading: string;
  items: MailItem[];
}

/** Items grouped by traject, space, solution or account; groups in order of their first item, items in time order. */
export function groupItems(items: MailItem[]): DigestGroup[] {
  const sorted = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const groups = new Map<string, DigestGroup>();
  for (const n of sorted) {
    const key = `${n.contextKind}:${n.contextId ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      const title = n.contextKind === NotificationContextKind.ACCOUNT ? '' : `: ${n.contextTitle ?? ''}`;
      groups.set(key, (g = { heading: `${GROUP_HEADING[n.contextKind]}${title}`, items: [] }));
    }
    g.items.push(n);
  }
  return [...groups.values()];
}

/** The daily or weekly summary of one person's notifications for one period. */
export function digestMail(
  s: MailSettings, r: Recipient, frequency: NotificationDelivery.DAGELIJKS | NotificationDelivery.WEKELIJKS, periodLabel: string, items: MailItem[],
): MailMessage {
  const daily = frequency === NotificationDelivery.DAGELIJKS;
  const when = daily ? time : dayAndTime;
  const groups = groupItems(items);
  const f = footer(s, r, frequency, `Je krijgt deze ${daily ? 'dagelijkse' : 'wekelijkse'} samenvatting volgens je meldingsinstellingen.`);
  const count = `${items.length} ${items.length === 1 ? 'melding' : 'meldingen'}`;
  const text = [
    `Dag ${r.displayName},`, '', `Dit gebeurde er op ${PLATFORM} (${periodLabel}, ${count}):`,
    ...groups.flatMap((g) => ['', g.heading, ...g.items.flatMap((n) => [
      `- ${when.format(n.createdAt)}  ${summarize(n)}`, `  ${s.origin}${n.link}`,
    ])]),
    '', ...f.text,
  ].join('\n');
  const html = page(`<p>Dag ${escape(r.displayName)},</p>
<p>Dit gebeurde er op ${PLATFORM} (${escape(periodLabel)}, ${count}):</p>
${groups.map((g) => `<h3 style="margin:20px 0 6px;font-size:16px">${escape(g.heading)}</h3>
<ul style="padding-left:18px;margin:0">${g.items.map((n) => `<li style="margin:4px 0"><span style="color:#52606d">${escape(when.format(n.createdAt))}</span>
<a href="${escape(`${s.origin}${n.link}`)}">${escape(summarize(n))}</a></li>`).join('\n')}</ul>`).join('\n')}
${f.html}`);
  const subject = `Je ${daily ? 'dagelijkse' : 'wekelijkse'} samenvatting van ${PLATFORM} – ${periodLabel}`;
  return { to: r.email, subject, text, html, headers: f.headers };
}
