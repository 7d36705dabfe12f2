import { Args, ArgsType, Context, Field, ID, Int, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { GqlContext } from '../../common/context.js';
import { requireViewer } from '../../common/viewer.js';
import { Region } from '../regions/regions.model.js';
import { Space, SpacePermissions } from './discussions.models.js';
import { SpaceAccessService } from './space-access.js';
import { SpaceKind, type SpaceEntity } from './space.entity.js';
import { SpacesService } from './spaces.service.js';

@ArgsType()
class SpaceArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Onbekende werkruimte.' }) id?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(120) slug?: string;
}

// Field resolvers take (parent, args, context) without parameter decorators: Nest then calls them
// directly instead of through its pipes and guards, which matters for pages of 50 comments.
@Resolver(() => Space)
export class SpacesResolver {
  constructor(
    private readonly spacesService: SpacesService,
    private readonly access: SpaceAccessService,
  ) {}

  @Query(() => [Space], { description: 'The spaces you read: central first, then your own kenniskring, the other regions, trajecten' })
  spaces(@Context() ctx: GqlContext) {
    return this.spacesService.list(ctx.viewer);
  }

  @Query(() => Space, { description: 'One space, by id or by slug' })
  space(@Args() args: SpaceArgs, @Context() ctx: GqlContext) {
    return this.spacesService.get(ctx.viewer, args);
  }

  @ResolveField(() => String, { description: 'A region\'s space carries the region\'s current name' })
  async name(s: SpaceEntity, _args: unknown, ctx: GqlContext) {
    if (s.kind !== SpaceKind.REGION || !s.regionId) return s.name;
    return (await ctx.loaders.regionById.load(s.regionId))?.name ?? s.name;
  }

  @ResolveField(() => Region, { nullable: true, description: 'The kenniskring of a region space' })
  region(s: SpaceEntity, _args: unknown, ctx: GqlContext) {
    return s.regionId ? ctx.loaders.regionById.load(s.regionId) : null;
  }

  @ResolveField(() => Int, { description: 'Threads in this space that you can see' })
  async threadCount(s: SpaceEntity, _args: unknown, ctx: GqlContext) {
    const role = (await this.access.forViewer(requireViewer(ctx.viewer))).role(s.id);
    const counts = await ctx.loaders.threadCountsBySpaceId.load(s.id);
    return role.member ? counts.all : counts.open;
  }

  @ResolveField(() => SpacePermissions)
  async viewerCan(s: SpaceEntity, _args: unknown, ctx: GqlContext): Promise<SpacePermissions> {
    return { ...(await this.access.forViewer(requireViewer(ctx.viewer))).role(s.id) };
  }
}
