import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { AccountsService } from './accounts.service.js';
import { AuthResolver } from './auth.resolver.js';
import { SessionsService } from './sessions.service.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [MailModule],
  providers: [AccountsService, SessionsService, UsersService, AuthResolver, UsersResolver],
  exports: [SessionsService, AccountsService],
})
export class AccountsModule {}
