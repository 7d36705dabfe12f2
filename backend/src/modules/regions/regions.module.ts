import { Module } from '@nestjs/common';
import { BesturenResolver } from './besturen.resolver.js';
import { RegionsResolver } from './regions.resolver.js';
import { RegionsService } from './regions.service.js';

@Module({ providers: [RegionsService, RegionsResolver, BesturenResolver], exports: [RegionsService] })
export class RegionsModule {}
