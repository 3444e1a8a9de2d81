import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IssuedOpen311Client, Open311ClientInfo } from '@lingjuli/shared';
import { DataSource, In, IsNull, LessThan, Or } from 'typeorm';
import { Clock } from '../common/clock/clock';
import type { RequestContext } from '../common/context/request-context';
import { invalidField, notFound } from '../common/errors/app-error';
import { Community } from '../organisation/community.entity';
import { toPerson } from '../users/user.mapper';
import type { IssueOpen311ClientDto } from './dto/open311-clients.dto';
import { Open311Client } from './open311-client.entity';
import { open311Forbidden } from './open311-errors';

/** Keys read `o311_` and 32 characters of base64url (24 random bytes). */
const KEY_PREFIX = 'o311_';
/** What the list shows of a key: its prefix and a few characters, enough to tell keys apart. */
const SHOWN_CHARACTERS = 12;
/** Longer than any key we issue: anything longer is refused before it is hashed. */
const KEY_MAX = 128;
/** `lastUsedAt` is written at most this often per key, so a client polling every few seconds is not a write per call. */
const LAST_USED_RESOLUTION_MS = 60_000;

export const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * The Open311 API's keys (docs/integration.md, "Authentication"): the street admin issues one per system,
 * with the communities it may read and whether it may file; the key is shown once and kept as its
 * SHA-256. Revoked keys stay (the appeals a client filed still name it) and are refused from then on.
 */
@Injectable()
export class Open311ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async issue(ctx: RequestContext, input: IssueOpen311ClientDto): Promise<IssuedOpen311Client> {
    const found = await this.dataSource.getRepository(Community).countBy({ id: In(input.communityIds) });
    if (found !== input.communityIds.length) throw invalidField('communityIds', '社区不存在');
    const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
    const saved = await this.dataSource.getRepository(Open311Client).save({
      name: input.name,
      keyHash: hashKey(key),
      keyPrefix: key.slice(0, SHOWN_CHARACTERS),
      communityIds: [...input.communityIds].sort((a, b) => a - b),
      canWrite: input.canWrite ?? false,
      createdById: ctx.userId,
      createdAt: this.clock.now(),
      revokedAt: null,
      lastUsedAt: null,
    });
    return { ...(await this.info(saved.id)), key };
  }

  /** Every key, newest first (a street has a handful). */
  async list(): Promise<Open311ClientInfo[]> {
    const clients = await this.dataSource.getRepository(Open311Client).find({ relations: { createdBy: true }, order: { id: 'DESC' } });
    return clients.map(toClientInfo);
  }

  /** Revokes a key at once; revoking it again keeps the first time. */
  async revoke(id: number): Promise<Open311ClientInfo> {
    const repository = this.dataSource.getRepository(Open311Client);
    if (!(await repository.existsBy({ id }))) throw clientNotFound();
    await repository.update({ id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return this.info(id);
  }

  /** The client a key belongs to, while it is not revoked; 403 otherwise, whatever the reason. */
  async authenticate(key: unknown): Promise<Open311Client> {
    if (typeof key !== 'string' || key === '') throw open311Forbidden('缺少 api_key：请向街道管理员申请接口密钥');
    const client = key.length <= KEY_MAX ? await this.dataSource.getRepository(Open311Client).findOneBy({ keyHash: hashKey(key) }) : null;
    if (!client || client.revokedAt) throw open311Forbidden('api_key 无效或已停用');
    const now = this.clock.now();
    if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
      const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
      await this.dataSource.getRepository(Open311Client).update({ id: client.id, lastUsedAt: Or(IsNull(), LessThan(stale)) }, { lastUsedAt: now });
    }
    return client;
  }

  private async info(id: number): Promise<Open311ClientInfo> {
    return toClientInfo(await this.dataSource.getRepository(Open311Client).findOneOrFail({ where: { id }, relations: { createdBy: true } }));
  }
}

const clientNotFound = () => notFound('OPEN311_CLIENT_NOT_FOUND', '接口密钥不存在');

function toClientInfo(client: Open311Client): Open311ClientInfo {
  return {
    id: client.id,
    name: client.name,
    keyPrefix: client.keyPrefix,
    communityIds: client.communityIds,
    canWrite: client.canWrite,
    createdBy: toPerson(client.createdBy),
    createdAt: client.createdAt.toISOString(),
    revokedAt: client.revokedAt?.toISOString() ?? null,
    lastUsedAt: client.lastUsedAt?.toISOString() ?? null,
  };
}
