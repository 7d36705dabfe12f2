import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { RealtimeGateway } from './realtime.gateway.js';

@Module({ imports: [AccountsModule], providers: [RealtimeGateway], exports: [RealtimeGateway] })
export class RealtimeModule {}
