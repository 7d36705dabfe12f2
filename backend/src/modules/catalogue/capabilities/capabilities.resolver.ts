import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../common/context.js';
import { Bestuur } from '../../regions/regions.model.js';
import { SaveCapabilityInput, SetBestuurCapabilitiesInput } from './capabilities.inputs.js';
import { Capability } from './capabilities.model.js';
import { CapabilitiesService } from './capabilities.service.js';

@Resolver(() => Capability)
export class CapabilitiesResolver {
  constructor(private readonly service: CapabilitiesService) {}

  @Query(() => [Capability], { description: 'The capability vocabulary, by name' })
  capabilities() {
    return this.service.list();
  }

  @Mutation(() => Capability, { description: 'Add or rename a capability (administrators only)' })
  saveCapability(@Args('input') input: SaveCapabilityInput, @Context() ctx: GqlContext) {
    return this.service.save(ctx.viewer, input);
  }

  @Mutation(() => Bestuur, { description: "Set a bestuur's capabilities (its members, its region's coordinators, administrators)" })
  setBestuurCapabilities(@Args('input') input: SetBestuurCapabilitiesInput, @Context() ctx: GqlContext) {
    return this.service.setForBestuur(ctx.viewer, input);
  }
}
