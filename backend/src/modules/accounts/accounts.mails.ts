import type { MailMessage } from '../mail/mail.service.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function mail(to: string, subject: string, lines: string[], link: { url: string; label: string }): MailMessage {
  const text = [...lines, '', `${link.label}: ${link.url}`, '', '— Ketenwerk'].join('\n');
  const html = `<!doctype html><html lang="nl-BE"><body style="font-family:sans-serif;color:#1f2933">
${lines.map((l) => `<p>${escape(l)}</p>`).join('\n')}
<p><a href="${escape(link.url)}">${escape(link.label)}</a></p>
<p style="color:#52606d">— Ketenwerk</p></body></html>`;
  return { to, subject, text, html };
}

export function verificationMail(to: string, name: string, url: string): MailMessage {
  return mail(to, 'Bevestig je e-mailadres voor Ketenwerk', [
    `Dag ${name},`,
    'Welkom op Ketenwerk. Bevestig je e-mailadres met de link hieronder. De link blijft 48 uur geldig.',
    'Heb je zelf geen profiel aangemaakt? Dan mag je deze e-mail negeren.',
  ], { url, label: 'E-mailadres bevestigen' });
}

export function resetMail(to: string, name: string, url: string): MailMessage {
  return mail(to, 'Nieuw wachtwoord instellen voor Ketenwerk', [
    `Dag ${name},`,
    'Iemand vroeg een nieuw wachtwoord aan voor je profiel op Ketenwerk. Met de link hieronder kies je een nieuw wachtwoord. De link blijft 1 uur geldig en werkt één keer.',
    'Heb je dit niet zelf gevraagd? Dan mag je deze e-mail negeren; je wachtwoord blijft ongewijzigd.',
  ], { url, label: 'Nieuw wachtwoord instellen' });
}
