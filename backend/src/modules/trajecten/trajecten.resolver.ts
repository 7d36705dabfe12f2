import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { Space } from '../discussions/discussions.models.js';
import { SpaceAccessService } from '../discussions/space-access.js';
import { canManage, isTeam } from './traject-access.js';
import { viewerKey } from './trajecten.loaders.js';
import type { TrajectEntity } from './traject.entity.js';
import {
  BestuurRollout, Milestone, OutcomeIndicator, ProgressPoint, RegionRollout, RolloutCounts, Traject, TrajectConnection, TrajectTeamMember,
} from './traject.model.js';
import { ProgressUpdate } from './progress-update.model.js';
import { TrajectSubscription } from './traject-subscription.model.js';
import {
  AppointTrajectMemberInput, CreateTrajectInput, RemoveTrajectMemberInput, SetRolloutStatusInput, SetTrajectProgressInput, TrajectenArgs,
  UpdateTrajectInput,
} from './trajecten.inputs.js';
import { TrajectRole, TrajectVisibility } from './trajecten.enums.js';
import { TrajectenService } from './trajecten.service.js';

@Resolver(() => Traject)
export class TrajectenResolver {
  constructor(
    private readonly service: TrajectenService,
    private readonly spaceAccess: SpaceAccessService,
  ) {}

  @Query(() => TrajectConnection, { description: 'Trajecten by title; members-only ones only for signed-in members' })
  trajecten(@Args() args: TrajectenArgs, @Context() ctx: GqlContext) {
    return this.service.list(ctx.viewer, args);
  }

  @Query(() => Traject, { description: 'One traject; NOT_FOUND for an unknown slug and for a members-only traject asked anonymously' })
  traject(@Args('slug') slug: string, @Context() ctx: GqlContext) {
    return this.service.bySlug(ctx.viewer, slug);
  }

  @Mutation(() => Traject, { description: 'Start a traject (administrators only)' })
  createTraject(@Args('input') input: CreateTrajectInput, @Context() ctx: GqlContext) {
    return this.service.create(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Change a traject\'s details (its leads and administrators)' })
  updateTraject(@Args('input') input: UpdateTrajectInput, @Context() ctx: GqlContext) {
    return this.service.update(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Set the progress by hand with a reason, or return to the milestone roll-up (leads and administrators)' })
  setTrajectProgress(@Args('input') input: SetTrajectProgressInput, @Context() ctx: GqlContext) {
    return this.service.setProgress(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Put a person on the team as lead or member, or change their role (leads and administrators)' })
  appointTrajectMember(@Args('input') input: AppointTrajectMemberInput, @Context() ctx: GqlContext) {
    return this.service.appointMember(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Take a person off the team; the last lead stays (leads and administrators)' })
  removeTrajectMember(@Args('input') input: RemoveTrajectMemberInput, @Context() ctx: GqlContext) {
    return this.service.removeMember(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Set where municipalities stand in the rollout (leads and administrators)' })
  setRolloutStatus(@Args('input') input: SetRolloutStatusInput, @Context() ctx: GqlContext) {
    return this.service.setRollout(ctx.viewer, input);
  }

  @ResolveField(() => [Milestone], { description: 'By due date' })
  milestones(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.milestonesByTrajectId.load(t.id);
  }

  @ResolveField(() => Space, { nullable: true, description: 'Its werkruimte space, for its discussion; null when you may not read it (signed out, or not on a members-only traject)' })
  async space(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    if (!t.spaceId || !ctx.viewer) return null;
    const space = await ctx.loaders.spaceById.load(t.spaceId);
    if (!space) return null;
    return (await this.spaceAccess.forViewer(ctx.viewer)).role(space.id).read ? space : null;
  }

  @ResolveField(() => [TrajectTeamMember], { description: 'Leads first' })
  async team(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    const members = await ctx.loaders.teamByTrajectId.load(t.id);
    return members.map((m) => ({ role: m.role, appointedAt: m.createdAt, user: ctx.loaders.userById.load(m.userId) }));
  }

  @ResolveField(() => [ProgressPoint], { description: 'Every change of the progress, oldest first' })
  async progressHistory(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    const rows = await ctx.loaders.progressHistoryByTrajectId.load(t.id);
    return rows.map((p) => ({ progress: p.progress, mode: p.mode, reason: p.reason, at: p.createdAt, updateId: p.updateId }));
  }

  @ResolveField(() => [OutcomeIndicator])
  indicators(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.indicatorsByTrajectId.load(t.id);
  }

  @ResolveField(() => ProgressUpdate, { nullable: true, description: 'The newest published update' })
  latestUpdate(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.latestUpdateByTrajectId.load(t.id);
  }

  @ResolveField(() => Int, { description: 'People whose request to take part was accepted' })
  async participantCount(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.trajectStats.load(t.id)).participants;
  }

  @ResolveField(() => Int, { description: 'People following (VOLGEN)' })
  async followerCount(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.trajectStats.load(t.id)).followers;
  }

  @ResolveField(() => Int, { description: 'Requests to take part the team has not decided yet' })
  async pendingRequestCount(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.trajectStats.load(t.id)).pendingRequests;
  }

  @ResolveField(() => Int)
  async publishedUpdateCount(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.trajectStats.load(t.id)).publishedUpdates;
  }

  @ResolveField(() => RolloutCounts, { description: 'How many of all municipalities stand where' })
  rolloutCounts(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.rolloutCounts.load(t.id);
  }

  @ResolveField(() => [RegionRollout], { description: 'The rollout counts per region, by region code' })
  async rolloutByRegion(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    const rows = await ctx.loaders.rolloutByRegion.load(t.id);
    return rows.map((r) => ({ ...r, region: ctx.loaders.regionById.load(r.regionId) }));
  }

  @ResolveField(() => [BestuurRollout], { description: 'Every municipality with its status, by region code and name' })
  rolloutGrid(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.rolloutGrid.load(t.id);
  }

  @ResolveField(() => TrajectRole, { nullable: true, description: 'The viewer\'s role on the team, if any' })
  viewerRole(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return ctx.viewer ? ctx.loaders.roleOfViewer.load(viewerKey(ctx.viewer.user.id, t.id)) : null;
  }

  @ResolveField(() => TrajectSubscription, { nullable: true, description: 'The viewer\'s own subscription, if any' })
  viewerSubscription(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return ctx.viewer ? ctx.loaders.subscriptionOfViewer.load(viewerKey(ctx.viewer.user.id, t.id)) : null;
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may manage the traject (lead or administrator)' })
  async viewerCanManage(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return canManage(ctx.viewer, await this.viewerRole(t, undefined, ctx));
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may write and publish updates (team or administrator)' })
  async viewerCanPublish(t: TrajectEntity, _args: unknown, ctx: GqlContext) {
    return isTeam(ctx.viewer, await this.viewerRole(t, undefined, ctx));
  }

  @ResolveField(() => String, { nullable: true, description: 'RSS 2.0 feed of its updates (public trajecten only), for <link rel="alternate">' })
  rssUrl(t: TrajectEntity) {
    return t.visibility === TrajectVisibility.PUBLIC ? `/feeds/trajecten/${t.slug}.rss` : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Atom feed of its updates (public trajecten only)' })
  atomUrl(t: TrajectEntity) {
    return t.visibility === TrajectVisibility.PUBLIC ? `/feeds/trajecten/${t.slug}.atom` : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'iCalendar feed of its milestones (public trajecten only)' })
  icalUrl(t: TrajectEntity) {
    return t.visibility === TrajectVisibility.PUBLIC ? `/feeds/trajecten/${t.slug}/mijlpalen.ics` : null;
  }
}
