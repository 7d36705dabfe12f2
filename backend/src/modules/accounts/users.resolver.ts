import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { Bestuur, Region } from '../regions/regions.model.js';
import { SetAdminInput, UsersArgs } from './accounts.inputs.js';
import type { UserEntity } from './user.entity.js';
import { Role, User, UserConnection } from './user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => UserConnection, { description: 'People with an account, by name (administrators only)' })
  users(@Args() args: UsersArgs, @Context() ctx: GqlContext) {
    return this.usersService.list(ctx.viewer, args);
  }

  @Mutation(() => User, { description: 'Grant or revoke platform administrator rights (administrators only)' })
  setAdmin(@Args('input') input: SetAdminInput, @Context() ctx: GqlContext) {
    return this.usersService.setAdmin(ctx.viewer, input);
  }

  @ResolveField(() => String, { nullable: true })
  email(user: UserEntity, _args: unknown, ctx: GqlContext) {
    const v = ctx.viewer;
    return v && (v.user.id === user.id || v.user.isAdmin) ? user.email : null;
  }

  @ResolveField(() => Boolean)
  emailVerified(user: UserEntity) {
    return user.emailVerifiedAt !== null;
  }

  @ResolveField(() => Bestuur, { nullable: true, description: 'The bestuur or partner organisation this person works for' })
  bestuur(user: UserEntity, _args: unknown, ctx: GqlContext) {
    return user.bestuurId ? ctx.loaders.bestuurById.load(user.bestuurId) : null;
  }

  @ResolveField(() => [Region], { description: 'Regions this person coordinates' })
  coordinatorOf(user: UserEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.regionsCoordinatedByUserId.load(user.id);
  }

  @ResolveField(() => [Role])
  async roles(user: UserEntity, _args: unknown, ctx: GqlContext) {
    const roles = [Role.MEMBER];
    if (user.isAdmin) roles.unshift(Role.ADMIN);
    if ((await ctx.loaders.regionsCoordinatedByUserId.load(user.id)).length) roles.push(Role.COORDINATOR);
    return roles;
  }
}
