import type { IssueOpen311ClientRequest } from '@lingjuli/shared';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsId } from '../../common/validation/ids';
import { IsOptionalNotNull } from '../../common/validation/presence';
import { trim } from '../../common/validation/transforms';

export class IssueOpen311ClientDto implements IssueOpen311ClientRequest {
  /** Who the key is for, e.g. 市城市管理平台. */
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  /** The communities whose appeals it reads and files in. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsId({ each: true })
  communityIds: number[];

  /** Whether it may file new appeals; by default it only reads. */
  @IsOptionalNotNull()
  @IsBoolean()
  canWrite?: boolean;
}
