import { Controller, Get, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppConfig } from '../../config.js';
import { InjectConfig } from '../../common/tokens.js';
import { PREFERENCES_PATH } from './notification-mails.js';
import { NotificationsService } from './notifications.service.js';
import { verifyUnsubscribe } from './unsubscribe-token.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) => `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} – Ketenwerk</title></head>
<body style="font-family:sans-serif;color:#1f2933;max-width:560px;margin:48px auto;padding:0 16px"><h1 style="font-size:22px">${escape(title)}</h1>${body}</body></html>`;

/**
 * One-click unsubscribe from notification mails (RFC 8058): mail clients POST to the link in the
 * List-Unsubscribe header. Opening the link in a browser (GET) only shows a button, so that link
 * scanners that follow every URL in a mail change nothing.
 */
@Controller('uitschrijven')
export class UnsubscribeController {
  constructor(
    private readonly notifications: NotificationsService,
    @InjectConfig() private readonly cfg: AppConfig,
  ) {}

  @Get()
  confirm(@Query('token') token: unknown, @Res() res: Response): void {
    res.setHeader('Cache-Control', 'no-store');
    if (!verifyUnsubscribe(this.cfg.APP_SECRET, token)) {
      res.status(400).type('html').send(this.invalid());
      return;
    }
    res.status(200).type('html').send(page('Geen e-mail meer ontvangen?', `
<form method="post" action="/uitschrijven?token=${escape(String(token))}"><button type="submit" style="font-size:16px;padding:8px 16px">Uitschrijven</button></form>
<p><a href="${escape(this.cfg.APP_ORIGIN + PREFERENCES_PATH)}">Of kies per soort melding hoe je ze ontvangt</a></p>`));
  }

  @Post()
  async apply(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    const off = await this.notifications.unsubscribe(token);
    if (!off) {
      res.status(400).type('html').send(this.invalid());
      return;
    }
    res.status(200).type('html').send(page('Je bent uitgeschreven', `
<p>Je krijgt geen e-mail meer voor: ${escape(off.join(', ') || 'niets meer te wijzigen')}. In de app zie je deze meldingen nog wel.</p>
<p><a href="${escape(this.cfg.APP_ORIGIN + PREFERENCES_PATH)}">Meldingsinstellingen aanpassen</a></p>`));
  }

  private invalid(): string {
    return page('Deze link werkt niet', `<p>Deze uitschrijflink is ongeldig of verlopen. Je instellingen zijn niet gewijzigd.</p>
<p>Meld je aan en kies bij <a href="${escape(this.cfg.APP_ORIGIN + PREFERENCES_PATH)}">Meldingsinstellingen</a> welke e-mail je wil ontvangen.</p>`);
  }
}
