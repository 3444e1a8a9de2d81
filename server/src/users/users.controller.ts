import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CurrentUser, StaffAccount } from '@lingjuli/shared';
import { Allow } from '../auth/access.decorators';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { ParseIdPipe } from '../common/validation/ids';
import { CreateUserDto, ListUsersQuery } from './dto/users.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  /** Staff and liaisons within the caller's scope. */
  @Allow('user.list')
  @Get('users')
  list(@Ctx() ctx: RequestContext, @Query() query: ListUsersQuery): Promise<StaffAccount[]> {
    return this.users.list(ctx, query);
  }

  @Allow('user.manage')
  @Post('users')
  create(@Body() body: CreateUserDto): Promise<CurrentUser> {
    return this.users.create(body);
  }

  @Allow('user.manage')
  @Delete('users/:id')
  @HttpCode(204)
  deactivate(@Param('id', ParseIdPipe) id: number): Promise<void> {
    return this.users.deactivate(id);
  }

  /** Unlocks an account locked after wrong passwords: the secretary her community's staff (else 404), the street admin anyone. */
  @Allow('user.unlock')
  @Post('users/:id/unlock')
  @HttpCode(200)
  unlock(@Ctx() ctx: RequestContext, @Param('id', ParseIdPipe) id: number): Promise<StaffAccount> {
    return this.users.unlock(ctx, id);
  }

  /** A resident erases her personal data and closes her account. */
  @Allow('account.erase')
  @Delete('me')
  @HttpCode(204)
  erase(@Ctx() ctx: RequestContext): Promise<void> {
    return this.users.eraseResident(ctx);
  }
}
